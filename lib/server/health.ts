import "server-only";
import { prisma } from "./prisma";

/** For the health check: resolves when the database answers a trivial query. */
export async function pingDatabase(): Promise<void> {
  await prisma.$queryRaw`SELECT 1`;
}
