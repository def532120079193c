import "server-only";
import pg from "pg";
import { watchPool } from "./diagnostics";
import { databaseUrl, env } from "./env";

/**
 * Session settings of every connection the app opens: JIT compilation adds ~100 ms to the
 * large-but-interactive queries an editor sends, for no gain; and the session time zone is UTC, so
 * that nothing Setu computes in SQL (date_trunc, ::date, to_char) depends on where the database
 * server runs. Columns are timestamptz, so stored instants never depend on it either.
 * plan_cache_mode stays "auto" for the session: force_generic_plan here would apply to the unnamed
 * statements too (every parameterised query: a LIKE 'abc%' went from 0.4 ms to 57 ms, measured), so the
 * one statement that wants a generic plan asks for it inside its transaction (features/qa/mutations.ts).
 */
const CONNECTION_OPTIONS = "-c jit=off -c timezone=UTC";

const globalForPg = globalThis as unknown as { setuPgPool?: pg.Pool };

/**
 * The one connection pool of the process, created on first use and reused across hot reloads.
 * Prisma's adapter runs on it (lib/server/prisma.ts), and so do the bulk paths (exports, COPY)
 * that query it directly, where Prisma's per-row object mapping costs more than the query: one
 * budget of connections per process, one place that sets up a session.
 */
export function getPgPool(): pg.Pool {
  if (!globalForPg.setuPgPool) {
    globalForPg.setuPgPool = new pg.Pool({
      connectionString: databaseUrl(),
      max: env().SETU_DB_POOL_MAX,
      options: CONNECTION_OPTIONS,
      // A request waits at most this long for a free connection, then gets 503 with Retry-After.
      connectionTimeoutMillis: 10_000,
    });
    watchPool(globalForPg.setuPgPool);
  }
  return globalForPg.setuPgPool;
}

/** Ends the pool, if one was opened (the CLI, before it exits). */
export async function closePgPool(): Promise<void> {
  const pool = globalForPg.setuPgPool;
  globalForPg.setuPgPool = undefined;
  await pool?.end();
}
