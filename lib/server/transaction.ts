import "server-only";
import { AppError } from "@/lib/errors";
import { BUSY_RETRY_AFTER_SECONDS, classifyDatabaseError } from "./database-errors";
import { currentClient } from "./live-client";
import { prisma, type Tx } from "./prisma";

const ATTEMPTS = 4;

interface TransactOptions {
  timeout?: number;
  maxWait?: number;
  isolationLevel?: "ReadCommitted" | "RepeatableRead" | "Serializable";
}

/**
 * A Prisma interactive transaction that survives the database's own concurrency refusals: a
 * deadlock or serialisation failure rolls the whole transaction back, so it is run again (a few
 * times, after a short random pause that lets the other one finish); if it still fails the caller
 * gets a CONFLICT (409), never a 500. A pool with no free connection gives DATABASE_UNAVAILABLE
 * (503 with Retry-After). `run` must do nothing but database work: it may run more than once.
 * Inside a request from an editor tab, the transaction first names the tab, so that the live ring it
 * causes is that tab's own (lib/server/live-client.ts).
 */
export async function transact<T>(run: (tx: Tx) => Promise<T>, options: TransactOptions = {}): Promise<T> {
  const client = currentClient();
  const body = client
    ? async (tx: Tx) => {
        await tx.$queryRaw`SELECT set_config('setu.client', ${client}, true)`;
        return run(tx);
      }
    : run;
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(body, options);
    } catch (error) {
      const failure = classifyDatabaseError(error);
      if (failure === "conflict" && attempt < ATTEMPTS) {
        await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 40 * attempt));
        continue;
      }
      if (failure === "conflict") {
        throw new AppError("CONFLICT", "Someone else changed these units at the same moment; try again.", { reason: "concurrentChange" });
      }
      if (failure === "busy") throw busyError();
      throw error;
    }
  }
}

export function busyError(): AppError {
  return new AppError("DATABASE_UNAVAILABLE", "The server is busy; try again in a moment.", {
    reason: "busy",
    retryAfter: BUSY_RETRY_AFTER_SECONDS,
  });
}
