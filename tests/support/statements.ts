import pg from "pg";

/**
 * Records every statement any pg client of this process sends (Prisma's adapter and the raw-pg paths
 * both run on pg.Client), so that a test can count the round trips one request costs.
 */
export function recordStatements(): { statements: string[]; stop: () => void } {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    statements.push(typeof first === "string" ? first : (first?.text ?? String(first)));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return {
    statements,
    stop: () => {
      pg.Client.prototype.query = original;
    },
  };
}
