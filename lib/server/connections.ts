import "server-only";
import { closePgPool } from "./pg";
import { disconnectPrisma } from "./prisma";

/**
 * Closes both pools of the process. The CLI calls it before it ends: an open pool keeps Node
 * alive, and the CLI must end by itself (not by process.exit, which cuts off piped output).
 */
export async function closeDatabaseConnections(): Promise<void> {
  await Promise.all([disconnectPrisma(), closePgPool()]);
}
