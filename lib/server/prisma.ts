import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl } from "./env";

const globalForPrisma = globalThis as unknown as { setuPrisma?: PrismaClient };

/** The one Prisma client of the process, created on first use and reused across hot reloads. */
export function getPrisma(): PrismaClient {
  if (!globalForPrisma.setuPrisma) {
    // JIT compilation adds ~100 ms to the large-but-interactive queries an editor sends, for no gain.
    const adapter = new PrismaPg({ connectionString: databaseUrl(), max: 10, options: "-c jit=off" });
    globalForPrisma.setuPrisma = new PrismaClient({ adapter });
  }
  return globalForPrisma.setuPrisma;
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
