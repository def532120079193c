import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl } from "./env";

/**
 * Session settings of every connection the app opens (both pools): JIT compilation adds ~100 ms to
 * the large-but-interactive queries an editor sends, for no gain; and the session time zone is UTC,
 * so that nothing Setu computes in SQL (date_trunc, ::date, to_char) depends on where the database
 * server runs. Columns are timestamptz, so stored instants never depend on it either.
 */
export const CONNECTION_OPTIONS = "-c jit=off -c timezone=UTC";

const globalForPrisma = globalThis as unknown as { setuPrisma?: PrismaClient };

/** The one Prisma client of the process, created on first use and reused across hot reloads. */
export function getPrisma(): PrismaClient {
  if (!globalForPrisma.setuPrisma) {
    const adapter = new PrismaPg({
      connectionString: databaseUrl(),
      max: 10,
      options: CONNECTION_OPTIONS,
      // A request waits at most this long for a free connection, then gets 503 with Retry-After.
      connectionTimeoutMillis: 10_000,
    });
    globalForPrisma.setuPrisma = new PrismaClient({ adapter });
  }
  return globalForPrisma.setuPrisma;
}

/** Closes the client's pool, if one was opened (the CLI, before it exits). */
export async function disconnectPrisma(): Promise<void> {
  const client = globalForPrisma.setuPrisma;
  globalForPrisma.setuPrisma = undefined;
  await client?.$disconnect();
}

/**
 * The client, resolved lazily so that importing a module (as `next build` does) never needs a
 * database URL; the first query creates the connection pool.
 */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getPrisma();
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
