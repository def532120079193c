import { performance } from "node:perf_hooks";
import { CLIENT_HEADER, CLIENT_PARAM, newClientId } from "@/lib/live/client-id";

/**
 * One simulated translator for the capacity benchmark, doing over HTTP what the editor does: it holds
 * the document's live stream open and asks for changes when it rings (never two at once), saves the
 * unit it is on at Poisson-distributed times (open loop: a slow answer does not delay the next save),
 * moves on to its next unit after about one save in three, and opens the document's page now and then.
 *
 * `ui` says which editor it imitates. "now" (features/editor/components): presence when the active unit
 * changes plus a keep-alive every 15 s, every request and the stream name the tab, and the stream
 * brings the changes itself (`push=1`: read once per ring per instance), so a ring costs no request.
 * "before" (the editor up to 2bb6c18): presence on every move and every 5 s, no tab id, a stream that
 * only rings — every save and move, its own too, made each stream on the document ask GET /changes.
 * Both ask for changes when the stream opens and 60 s after their last ask (the editor's safety poll).
 * Same server, same translator behaviour: an A/B of the client alone.
 */
export type EditorUi = "before" | "now";
export interface LoadConfig {
  appUrl: string;
  cookie: string;
  documentId: string;
  unitIds: number[];
  /** Mean seconds between saves (the issue: 10 s), and between page loads. */
  saveEverySeconds: number;
  pageEverySeconds: number;
  ui: EditorUi;
}

export interface LoadStats {
  saves: number[];
  pages: number[];
  changes: number[];
  /** From a save's request to a ring of the same document reaching another translator's stream. */
  rings: number[];
  /** Requests sent while measuring, by kind (save, changes, presence, page): a count, whatever the load. */
  requests: Map<string, number>;
  errors: Map<string, number>;
  measuring: boolean;
}

export function newStats(): LoadStats {
  return { saves: [], pages: [], changes: [], rings: [], requests: new Map(), errors: new Map(), measuring: false };
}

/** When each document was last saved, shared by the translators on it (for the ring latency). */
export const lastSave = new Map<string, number>();

const PRESENCE_EVERY_MS: Record<EditorUi, number> = { before: 5_000, now: 15_000 };
// About three autosaves per unit before the translator moves on (a unit every 30 s on average).
const MOVE_AFTER_SAVE = 1 / 3;
const SAFETY_MS = 60_000;

function exponential(meanSeconds: number): number {
  return -Math.log(1 - Math.random()) * meanSeconds * 1000;
}

export function startTranslator(config: LoadConfig, stats: LoadStats): () => Promise<void> {
  const versions = new Map(config.unitIds.map((id) => [id, 1]));
  // As the editor's autosave: one save per unit at a time (the next carries the version the last one answered).
  const saving = new Set<number>();
  const controller = new AbortController();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const pending = new Set<Promise<unknown>>();
  let stopped = false;
  let cursor = new Date().toISOString();
  let asking = false;
  let askAgain = false;
  let seenSave = 0;
  let active = config.unitIds[0] as number;
  let presenceTimer: ReturnType<typeof setTimeout> | null = null;
  const client = newClientId();
  const headers: Record<string, string> =
    config.ui === "now"
      ? { cookie: config.cookie, origin: config.appUrl, [CLIENT_HEADER]: client }
      : { cookie: config.cookie, origin: config.appUrl };
  const count = (what: string) => {
    if (stats.measuring) stats.requests.set(what, (stats.requests.get(what) ?? 0) + 1);
  };

  const error = (what: string) => {
    if (stats.measuring) stats.errors.set(what, (stats.errors.get(what) ?? 0) + 1);
  };
  const track = <T>(p: Promise<T>) => {
    pending.add(p);
    void p.finally(() => pending.delete(p));
    return p;
  };
  const later = (ms: number, run: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      if (!stopped) run();
    }, ms);
    timers.add(t);
  };

  const timed = async (into: number[], what: string, request: () => Promise<Response>) => {
    count(what);
    const t0 = performance.now();
    try {
      const res = await request();
      const body = await res.text();
      if (stats.measuring) into.push(performance.now() - t0);
      if (!res.ok) error(`${what} ${res.status}${reasonOf(body)}`);
      return { res, body };
    } catch {
      if (!stopped) error(`${what} network`);
      return null;
    }
  };

  let safety: ReturnType<typeof setTimeout> | null = null;
  const askChanges = async () => {
    if (asking) {
      askAgain = true;
      return;
    }
    asking = true;
    askAgain = false;
    if (safety) clearTimeout(safety);
    safety = setTimeout(() => {
      if (!stopped) void track(askChanges());
    }, SAFETY_MS);
    const answer = await timed(stats.changes, "changes", () =>
      fetch(`${config.appUrl}/api/documents/${config.documentId}/changes?since=${encodeURIComponent(cursor)}`, { headers }),
    );
    if (answer?.res.ok) cursor = (JSON.parse(answer.body) as { cursor: string }).cursor;
    asking = false;
    if (askAgain && !stopped) void track(askChanges());
  };

  const listen = async () => {
    try {
      const query = config.ui === "now" ? `?${CLIENT_PARAM}=${client}&push=1` : "";
      const res = await fetch(`${config.appUrl}/api/documents/${config.documentId}/live${query}`, { headers, signal: controller.signal });
      if (!res.ok || !res.body) {
        error(`stream ${res.status}`);
        return;
      }
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!frame.startsWith("event:")) continue;
          const saved = lastSave.get(config.documentId);
          if (frame.startsWith("event: change") && saved !== undefined && saved !== seenSave) {
            seenSave = saved;
            if (stats.measuring) stats.rings.push(performance.now() - saved);
          }
          // What the stream brought needs no request; a ring, a resync and the opening "ready" do.
          if (!frame.startsWith("event: changes")) void track(askChanges());
        }
      }
      if (!stopped) error("stream ended");
    } catch {
      if (!stopped) error("stream dropped");
    }
  };

  const save = () => {
    later(exponential(config.saveEverySeconds), save);
    const free = config.unitIds.filter((id) => !saving.has(id));
    if (free.length === 0) {
      // Every unit of this translator still waits for its last save: the server is behind.
      error("save backlog");
      return;
    }
    // On to the next unit now and then, or whenever the current one still waits for its last save.
    let unitId = active;
    if (Math.random() < MOVE_AFTER_SAVE) unitId = config.unitIds[(config.unitIds.indexOf(active) + 1) % config.unitIds.length] as number;
    if (saving.has(unitId)) unitId = free[Math.floor(Math.random() * free.length)] as number;
    if (unitId !== active) {
      active = unitId;
      presence();
    }
    saving.add(unitId);
    const english = `Capacity run ${Date.now()}: the ministry said ${Math.floor(Math.random() * 1e6)} villages were reached.`;
    lastSave.set(config.documentId, performance.now());
    void track(
      timed(stats.saves, "save", () =>
        fetch(`${config.appUrl}/api/units/${unitId}`, {
          method: "PUT",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify({ english, version: versions.get(unitId), markTranslated: false }),
        }),
      ).then((answer) => {
        saving.delete(unitId);
        if (!answer) return;
        const body = JSON.parse(answer.body || "{}") as { version?: number; error?: { details?: { current?: { version?: number } } } };
        const version = answer.res.ok ? body.version : body.error?.details?.current?.version;
        if (typeof version === "number") versions.set(unitId, version);
      }),
    );
  };

  // As use-presence: sent on each move, and PRESENCE_EVERY_MS after the last one.
  const presence = () => {
    if (presenceTimer) clearTimeout(presenceTimer);
    presenceTimer = setTimeout(() => {
      if (!stopped) presence();
    }, PRESENCE_EVERY_MS[config.ui]);
    const unitId = active;
    count("presence");
    void track(
      fetch(`${config.appUrl}/api/documents/${config.documentId}/presence`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ unitId }),
      }).then(
        async (res) => {
          await res.arrayBuffer();
          if (!res.ok) error(`presence ${res.status}`);
        },
        () => !stopped && error("presence network"),
      ),
    );
  };

  const page = () => {
    later(exponential(config.pageEverySeconds), page);
    void track(timed(stats.pages, "page", () => fetch(`${config.appUrl}/en/documents/${config.documentId}`, { headers })));
  };

  void track(listen());
  later(Math.random() * PRESENCE_EVERY_MS[config.ui], presence);
  later(exponential(config.saveEverySeconds), save);
  later(exponential(config.pageEverySeconds), page);

  return async () => {
    stopped = true;
    for (const t of timers) clearTimeout(t);
    if (presenceTimer) clearTimeout(presenceTimer);
    if (safety) clearTimeout(safety);
    controller.abort();
    await Promise.allSettled([...pending]);
  };
}

/** The error contract's reason (`{ error: { reason } }`), so that a 409 says whether it was a version or a lock. */
function reasonOf(body: string): string {
  try {
    const reason = (JSON.parse(body) as { error?: { reason?: unknown } }).error?.reason;
    return typeof reason === "string" ? ` ${reason}` : "";
  } catch {
    return "";
  }
}
