import { z } from "zod";
import { MAX_ROW_ID } from "./ids";
import { normaliseText, stripControlChars } from "./text/normalise";

/**
 * The one way every text field from a person or a file enters Setu: NUL and the other C0/C1
 * controls never reach the database (PostgreSQL refuses NUL outright, and the others only hide
 * text). Single-line fields (titles, search queries, names) are normalised like segments;
 * multi-line fields (comments, notes, the English of a unit) keep the line breaks typed.
 */
export function singleLine(max: number, options: { min?: number; error?: string } = {}) {
  const inner = z.string().max(max, { error: "tooLong" });
  return z
    .string()
    .transform(normaliseText)
    .pipe(options.min ? inner.min(options.min, { error: options.error ?? "required" }) : inner);
}

export function multiLine(max: number, options: { min?: number; error?: string } = {}) {
  const inner = z.string().max(max, { error: "tooLong" });
  return z
    .string()
    .transform((s) => stripControlChars(s).trim())
    .pipe(options.min ? inner.min(options.min, { error: options.error ?? "required" }) : inner);
}

/** A row id (unit, comment, sentence) in a JSON body: a positive 32-bit integer. */
export const rowId = z.number().int().positive().max(MAX_ROW_ID, { error: "badId" });

/** A string id (document, user, glossary entry) in a form, query or body. */
export const entityId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "badId" });

// Timestamps that Setu can have written: after the project began, and not far in the future.
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST_AHEAD_MS = 24 * 60 * 60_000;

/**
 * A timestamp from a query (an ISO 8601 instant with its offset), range-checked so that a year
 * -5000 or 275760 never reaches a query. `now` is a parameter to keep this pure.
 */
export function parseInstant(raw: string, now: number): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(raw)) return null;
  const ms = Date.parse(raw);
  if (Number.isNaN(ms) || ms < EARLIEST || ms > now + LATEST_AHEAD_MS) return null;
  return new Date(ms);
}
