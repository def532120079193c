import { performance } from "node:perf_hooks";

/**
 * One simulated translator for the capacity benchmark, doing over HTTP what the editor does: it holds
 * the document's live stream open and asks for changes when it rings (never two at once), sends
 * presence every 5 s, saves one of its own units at Poisson-distributed times (open loop: a slow answer
 * does not delay the next save), and opens the document's page now and then.
 */
export interface LoadConfig {
  appUrl: string;
  cookie: string;
  documentId: string;
  unitIds: number[];
  /** Mean seconds between saves (the issue: 10 s), and between page loads. */
  saveEverySeconds: number;
  pageEverySeconds: number;
}

export interface LoadStats {
  saves: number[];
  pages: number[];
  changes: number[];
  /** From a save's request to a ring of the same document reaching another translator's stream. */
  rings: number[];
  errors: Map<string, number>;
  measuring: boolean;
}

export function newStats(): LoadStats {
  return { saves: [], pages: [], changes: [], rings: [], errors: new Map(), measuring: false };
}

/** When each document was last saved, shared by the translators on it (for the ring latency). */
export const lastSave = new Map<string, number>();

const HEARTBEAT_MS = 5_000;

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
  const headers = { cookie: config.cookie, origin: config.appUrl };

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
    const t0 = performance.now();
    try {
      const res = await request();
      const body = await res.text();
      if (stats.measuring) into.push(performance.now() - t0);
      if (!res.ok) error(`${what} ${res.status}`);
      return { res, body };
    } catch {
      if (!stopped) error(`${what} network`);
      return null;
    }
  };

  const askChanges = async () => {
    if (asking) {
      askAgain = true;
      return;
    }
    asking = true;
    askAgain = false;
    const answer = await timed(stats.changes, "changes", () =>
      fetch(`${config.appUrl}/api/documents/${config.documentId}/changes?since=${encodeURIComponent(cursor)}`, { headers }),
    );
    if (answer?.res.ok) cursor = (JSON.parse(answer.body) as { cursor: string }).cursor;
    asking = false;
    if (askAgain && !stopped) void track(askChanges());
  };

  const listen = async () => {
    try {
      const res = await fetch(`${config.appUrl}/api/documents/${config.documentId}/live`, { headers, signal: controller.signal });
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
          void track(askChanges());
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
    const unitId = free[Math.floor(Math.random() * free.length)] as number;
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

  const presence = () => {
    later(HEARTBEAT_MS, presence);
    const unitId = config.unitIds[0];
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
  later(Math.random() * HEARTBEAT_MS, presence);
  later(exponential(config.saveEverySeconds), save);
  later(exponential(config.pageEverySeconds), page);

  return async () => {
    stopped = true;
    for (const t of timers) clearTimeout(t);
    controller.abort();
    await Promise.allSettled([...pending]);
  };
}
