import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { AppError } from "@/lib/errors";
import { CLIENT_HEADER, isClientId } from "@/lib/live/client-id";

/**
 * The editor tab a request came from (lib/live/client-id.ts), for the length of the request: the route
 * wrapper reads the header once, and the transaction helper (and the few single-statement writes that
 * ring) put it into the database's transaction-local setting, so that the ring they cause names the tab.
 * Request context, not input: no mutation reads it to decide anything, only to label its ring.
 */
const scope = new AsyncLocalStorage<string>();

/** The header's tab id; null when there is none; BAD_INPUT (before anything runs) for any other value. */
export function requestClient(request: Request): string | null {
  const raw = request.headers.get(CLIENT_HEADER);
  if (raw === null) return null;
  if (!isClientId(raw)) {
    throw new AppError("BAD_INPUT", `The ${CLIENT_HEADER} header must be 16 to 64 letters, digits, "_" or "-".`, { reason: "badClient" });
  }
  return raw;
}

export function runAsClient<T>(client: string | null, run: () => Promise<T>): Promise<T> {
  return client === null ? run() : scope.run(client, run);
}

/** The tab of the current request, or "" (which the trigger reads as "no tab"). */
export function currentClient(): string {
  return scope.getStore() ?? "";
}
