import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import type { Role as DbRole, UnitStatus as DbUnitStatus } from "@/generated/prisma/enums";
import type { Role, UnitStatus } from "@/lib/editor/status";
import { getPgPool } from "./pg";

const globalForPrisma = globalThis as unknown as { setuPrisma?: PrismaClient };

/** The one Prisma client of the process, on the one pool, created on first use and reused across hot reloads. */
export function getPrisma(): PrismaClient {
  if (!globalForPrisma.setuPrisma) {
    // On the process's one pool, which the adapter must not close: the raw-pg paths share it.
    const adapter = new PrismaPg(getPgPool(), { disposeExternalPool: false });
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

/**
 * The enums of schema.prisma and their one TypeScript definition (lib/editor/status.ts) must name
 * the same values: a value added on one side only is a type error here, not a failed query in
 * production. (TermStatus: features/glossary/data.ts.)
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type Agree<T extends true> = T;
export type EnumsAgree = [Agree<Same<DbRole, Role>>, Agree<Same<DbUnitStatus, UnitStatus>>];
