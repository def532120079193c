import "server-only";
import pg from "pg";
import { databaseUrl } from "./env";
import { CONNECTION_OPTIONS } from "./prisma";

const globalForPg = globalThis as unknown as { setuPgPool?: pg.Pool };

/**
 * A plain pg pool for the bulk paths (exports, COPY), where Prisma's per-row object mapping costs
 * more than the query. Same database as the Prisma client; created on first use.
 */
export function getPgPool(): pg.Pool {
  globalForPg.setuPgPool ??= new pg.Pool({
    connectionString: databaseUrl(),
    max: 4,
    options: CONNECTION_OPTIONS,
    connectionTimeoutMillis: 10_000,
  });
  return globalForPg.setuPgPool;
}

/** Ends the pool, if one was opened (the CLI, before it exits). */
export async function closePgPool(): Promise<void> {
  const pool = globalForPg.setuPgPool;
  globalForPg.setuPgPool = undefined;
  await pool?.end();
}
