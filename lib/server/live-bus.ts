import "server-only";
import pg from "pg";
import { parseRing } from "@/lib/live/client-id";
import { databaseUrl } from "./env";
import { logError } from "./log";

/**
 * The instance's one ear on PostgreSQL: a single connection that LISTENs on "setu_live", where the
 * database's triggers ring a document's id whenever a change an editor shows commits (migration
 * 20261204100000_live_notify), whichever instance made it, followed by the editor tab that made it when
 * one did (20261204140000_live_client), so that tab's own stream can skip it. Each open editor stream subscribes to its
 * document here, so a thousand open editors are one database connection, not a thousand.
 *
 * A ring carries no content; the editor asks for what changed through the usual, access-checked route.
 * When the connection drops, it is opened again with backoff, and every subscriber is told to
 * "resync" once it is back: rings sent meanwhile were lost, so each editor asks once.
 */
export const LIVE_CHANNEL = "setu_live";

export type LiveEvent = "change" | "resync";
/** `client`: the tab whose write rang ("change" only; null when no tab named itself). */
export type LiveListener = (event: LiveEvent, client: string | null) => void;

interface Bus {
  listeners: Map<string, Set<LiveListener>>;
  client: pg.Client | null;
  connecting: Promise<void> | null;
  retryMs: number;
  retryTimer: ReturnType<typeof setTimeout> | null;
  closed: boolean;
}

const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 30_000;

const globalForBus = globalThis as unknown as { setuLiveBus?: Bus };

function bus(): Bus {
  globalForBus.setuLiveBus ??= {
    listeners: new Map(),
    client: null,
    connecting: null,
    retryMs: RETRY_FIRST_MS,
    retryTimer: null,
    closed: false,
  };
  return globalForBus.setuLiveBus;
}

function broadcast(b: Bus, event: LiveEvent, documentId?: string, client: string | null = null): void {
  const targets = documentId === undefined ? [...b.listeners.values()] : [b.listeners.get(documentId) ?? new Set()];
  for (const set of targets) {
    for (const listener of set) {
      try {
        listener(event, client);
      } catch (error) {
        logError("live listener", error);
      }
    }
  }
}

function connect(b: Bus, resyncAfter: boolean): Promise<void> {
  if (b.client) return Promise.resolve();
  b.connecting ??= (async () => {
    const client = new pg.Client({ connectionString: databaseUrl(), options: "-c jit=off", keepAlive: true });
    const dropped = (error?: unknown) => {
      if (b.client !== client) return;
      b.client = null;
      if (error) logError("live updates connection", error);
      client.end().catch(() => {});
      scheduleReconnect(b);
    };
    client.on("error", dropped);
    client.on("end", () => dropped());
    client.on("notification", (message) => {
      if (message.channel !== LIVE_CHANNEL || !message.payload) return;
      const ring = parseRing(message.payload);
      broadcast(b, "change", ring.documentId, ring.client);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      client.end().catch(() => {});
      throw error;
    }
    b.client = client;
    b.retryMs = RETRY_FIRST_MS;
    if (resyncAfter) broadcast(b, "resync");
  })().finally(() => {
    b.connecting = null;
  });
  return b.connecting;
}

function scheduleReconnect(b: Bus): void {
  if (b.closed || b.retryTimer || b.listeners.size === 0) return;
  const wait = b.retryMs;
  b.retryMs = Math.min(b.retryMs * 2, RETRY_MAX_MS);
  b.retryTimer = setTimeout(() => {
    b.retryTimer = null;
    connect(b, true).catch((error: unknown) => {
      logError("live updates reconnect", error);
      scheduleReconnect(b);
    });
  }, wait);
  b.retryTimer.unref?.();
}

/**
 * Calls `listener` with "change" whenever `documentId` rings, and with "resync" after the ear was
 * deaf for a while. Resolves once the instance is listening (so a ring committed after this resolves
 * is heard); rejects when PostgreSQL cannot be reached. Returns the unsubscribe.
 */
export async function subscribeLive(documentId: string, listener: LiveListener): Promise<() => void> {
  const b = bus();
  b.closed = false;
  const set = b.listeners.get(documentId) ?? new Set<LiveListener>();
  b.listeners.set(documentId, set);
  set.add(listener);
  const unsubscribe = () => {
    const current = b.listeners.get(documentId);
    current?.delete(listener);
    if (current?.size === 0) b.listeners.delete(documentId);
  };
  try {
    await connect(b, false);
  } catch (error) {
    unsubscribe();
    throw error;
  }
  return unsubscribe;
}

/** How many streams of this instance listen to a document (tests, health). */
export function liveSubscribers(documentId: string): number {
  return bus().listeners.get(documentId)?.size ?? 0;
}

/** Closes the ear (tests; a process that exits). Subscribers stay registered but hear nothing more. */
export async function closeLiveBus(): Promise<void> {
  const b = bus();
  b.closed = true;
  if (b.retryTimer) clearTimeout(b.retryTimer);
  b.retryTimer = null;
  const client = b.client;
  b.client = null;
  await client?.end().catch(() => {});
}
