import "server-only";
import { AppError } from "@/lib/errors";
import { isOwnRing } from "@/lib/live/client-id";
import { subscribeLive } from "./live-bus";
import { joinRoom, type SharedChanges } from "./live-fanout";
import { logError } from "./log";

/**
 * One browser's Server-Sent Events stream for one document: "ready" once this instance listens,
 * then "change" for each ring and "resync" after the instance was deaf for a while. The events carry
 * no data: the editor asks the changes route, which checks access on every call. Every `keepaliveMs`
 * a comment line keeps proxies from closing an idle stream, and `stillAllowed` is asked again, so a
 * member removed from the project stops hearing even the rings. A stream opened by an editor tab
 * (`client`, lib/live/client-id.ts) skips the rings of that tab's own writes: it has what it wrote.
 *
 * With `push`, the stream instead says "changes" with what changed as its data, read once per ring for
 * all such streams of the document on this instance (lib/server/live-fanout.ts), each delivery after
 * `stillAllowed` was asked again; the browser then asks nothing.
 */
export interface LiveStreamOptions {
  documentId: string;
  signal: AbortSignal;
  stillAllowed: () => Promise<boolean>;
  client?: string | null;
  push?: { userId: string; read(since: Date): Promise<SharedChanges> };
  keepaliveMs?: number;
}

const encoder = new TextEncoder();

/**
 * The streams open on this instance. A stream never ends by itself, so on SIGTERM/SIGINT they are
 * all ended: the server's graceful shutdown (which waits for open responses) can then finish, and the
 * browsers fall back to polling until an instance answers again.
 */
const globalForStreams = globalThis as unknown as { setuLiveStreams?: Set<() => void> };
function openStreams(): Set<() => void> {
  if (!globalForStreams.setuLiveStreams) {
    const streams = new Set<() => void>();
    globalForStreams.setuLiveStreams = streams;
    const endAll = () => {
      for (const end of [...streams]) end();
    };
    process.once("SIGTERM", endAll);
    process.once("SIGINT", endAll);
  }
  return globalForStreams.setuLiveStreams;
}

/** One event; `data` is one line (JSON.stringify never writes a newline). */
export function sseFrame(event: string, data = ""): Uint8Array {
  return encoder.encode(`event: ${event}\ndata:${data ? ` ${data}` : ""}\n\n`);
}

export async function liveStream({
  documentId,
  signal,
  stillAllowed,
  client = null,
  push,
  keepaliveMs = 25_000,
}: LiveStreamOptions): Promise<Response> {
  let send: (bytes: Uint8Array) => void = () => {};
  let end: () => void = () => {};
  let unsubscribe: () => void;
  try {
    unsubscribe = push
      ? await joinRoom(documentId, push.read, {
          userId: push.userId,
          stillAllowed,
          send: (event, data) => send(sseFrame(event, data)),
          close: () => end(),
        })
      : await subscribeLive(documentId, (event, ringClient) => {
          if (event === "change" && isOwnRing({ documentId, client: ringClient }, client)) return;
          send(sseFrame(event));
        });
  } catch (error) {
    logError("live updates subscribe", error);
    throw new AppError("DATABASE_UNAVAILABLE", "Live updates are unavailable right now; the editor asks for changes itself.", {
      reason: "liveUnavailable",
    });
  }
  let timer: ReturnType<typeof setInterval> | null = null;
  let done = false;
  const streams = openStreams();
  const stop = () => {
    if (done) return;
    done = true;
    streams.delete(end);
    unsubscribe();
    if (timer) clearInterval(timer);
  };
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed by the reader
        }
      };
      send = (bytes) => {
        if (done) return;
        try {
          controller.enqueue(bytes);
        } catch {
          stop();
        }
      };
      // The browser reconnects by itself after 5 s when the stream breaks; the editor's own backoff decides beyond that.
      send(encoder.encode("retry: 5000\n\n"));
      send(sseFrame("ready"));
      timer = setInterval(() => {
        send(encoder.encode(": keepalive\n\n"));
        stillAllowed().then(
          (allowed) => {
            if (!allowed) close();
          },
          () => close(),
        );
      }, keepaliveMs);
      end = close;
      streams.add(close);
      if (signal.aborted) close();
      else signal.addEventListener("abort", close, { once: true });
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: the server's compression would otherwise hold events back until a buffer fills.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
