/**
 * The shapes of Setu's ids, checked before any query so that a hostile id is a 400/404 naming it,
 * never a database error: rows numbered by PostgreSQL are positive 32-bit integers (`int4`), and
 * string ids (cuids from Prisma, or names chosen by tests and the CLI) are short and plain.
 */
export const MAX_ROW_ID = 2_147_483_647;

const ROW_ID_RE = /^[1-9][0-9]{0,9}$/;
const ENTITY_ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

export function isRowId(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_ROW_ID;
}

/** A row id from text (a URL segment, a query list), or null when it is not one. */
export function parseRowId(raw: string): number | null {
  if (!ROW_ID_RE.test(raw)) return null;
  const id = Number(raw);
  return id <= MAX_ROW_ID ? id : null;
}

export function isEntityId(raw: string): boolean {
  return ENTITY_ID_RE.test(raw);
}
