/**
 * The editor's subscription to other people's changes, as one small interface: `start` it with a
 * way to ask for changes since a cursor and what to do with them; it returns `stop`.
 *
 * With a `doorbell` (the Server-Sent Events stream of GET /api/documents/:id/live), the editor asks
 * for changes when the bell rings, once when the stream (re)opens, and otherwise only every
 * `safetyMs` in case a ring was lost. A doorbell may also bring the changes themselves (`changes`: the
 * server read them once for every stream of the document): they are applied as an answer would be,
 * in order with the requests, and nothing is asked. Without a doorbell, or while the stream is down, it polls every
 * `intervalMs`; failed requests back off (doubling up to `maxIntervalMs`), and a dropped stream is
 * opened again with the same backoff.
 *
 * Requests never overlap (a ring during a request asks once more after it, however many rings), and
 * everything pauses while the tab is hidden: the stream is closed and no request goes out from a
 * background tab; when the tab is shown again it asks at once. Pure: timers, visibility and the
 * stream are passed in, so it is tested without a browser.
 */
export interface ChangesAnswer<T> {
  cursor: string;
  changes: T;
}

export interface Visibility {
  hidden(): boolean;
  /** Calls back when the tab is shown or hidden; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

export interface Clock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A push channel that says "something changed", or brings what changed. `open` returns the close. */
export interface Doorbell<T = unknown> {
  open(handlers: { ring(): void; changes(answer: ChangesAnswer<T>): void; up(): void; down(): void }): () => void;
}

export interface LiveChangesOptions<T> {
  since: string;
  intervalMs: number;
  /** Longest wait between polls after failures, and between attempts to reopen the stream. */
  maxIntervalMs?: number;
  /** How often to ask anyway while the stream is up (a lost ring is found at the latest then). */
  safetyMs?: number;
  /** Asks for what changed after the cursor; null when the request failed (asked again later). */
  fetch(since: string): Promise<ChangesAnswer<T> | null>;
  apply(changes: T): void | Promise<void>;
  visibility: Visibility;
  doorbell?: Doorbell<T>;
  clock?: Clock;
}

export function startLiveChanges<T>(options: LiveChangesOptions<T>): () => void {
  const clock: Clock = options.clock ?? { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (h) => clearTimeout(h as number) };
  const maxMs = options.maxIntervalMs ?? 30_000;
  const safetyMs = options.safetyMs ?? 60_000;
  let since = options.since;
  let stopped = false;
  let running = false;
  let again = false;
  let failures = 0;
  let timer: unknown = null;
  // Changes the stream brought, applied in arrival order when no request is out.
  const pushed: ChangesAnswer<T>[] = [];
  // The stream: closeBell while open, up once it said "ready", drops counts failed openings in a row.
  let closeBell: (() => void) | null = null;
  let up = false;
  let drops = 0;
  let reopenTimer: unknown = null;

  const backoff = (n: number) => Math.min(options.intervalMs * 2 ** n, maxMs);

  const clearTimer = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };

  const schedule = () => {
    if (stopped || running || timer !== null || options.visibility.hidden()) return;
    const wait = up ? safetyMs : backoff(failures);
    timer = clock.setTimeout(() => {
      timer = null;
      void tick();
    }, wait);
  };

  const tick = async () => {
    if (stopped || options.visibility.hidden()) return;
    if (running) {
      again = true;
      return;
    }
    clearTimer();
    running = true;
    again = false;
    try {
      const answer = await options.fetch(since);
      if (answer && !stopped) {
        failures = 0;
        since = answer.cursor;
        await options.apply(answer.changes);
      } else if (!answer) failures++;
    } catch {
      // A failed round is tried again later (with backoff); the editor keeps working meanwhile.
      failures++;
    } finally {
      running = false;
      void afterRound();
    }
  };

  const afterRound = async () => {
    if (pushed.length > 0 && !stopped) {
      running = true;
      try {
        while (pushed.length > 0 && !stopped) {
          const answer = pushed.shift() as ChangesAnswer<T>;
          // Cursors are ISO instants: an answer read before the last request's keeps the later cursor.
          if (answer.cursor > since) since = answer.cursor;
          await options.apply(answer.changes);
        }
      } catch {
        // What failed to apply is asked for again at the next ring or safety poll.
      } finally {
        running = false;
      }
    }
    if (again && failures === 0) void tick();
    else schedule();
  };

  const deliver = (answer: ChangesAnswer<T>) => {
    if (stopped) return;
    pushed.push(answer);
    if (!running) void afterRound();
  };

  const openBell = () => {
    const bell = options.doorbell;
    if (!bell || stopped || closeBell || options.visibility.hidden()) return;
    let closed = false;
    const close = bell.open({
      ring: () => {
        if (!closed) void tick();
      },
      changes: (answer) => {
        if (!closed) deliver(answer);
      },
      up: () => {
        if (closed) return;
        up = true;
        drops = 0;
        // What changed while the stream was not open is asked for now; then the safety interval applies.
        void tick();
      },
      down: () => {
        if (closed) return;
        closed = true;
        up = false;
        closeBell?.();
        closeBell = null;
        // Polling takes over at once, and the stream is tried again after a growing wait.
        clearTimer();
        schedule();
        reopenTimer = clock.setTimeout(() => {
          reopenTimer = null;
          openBell();
        }, backoff(drops++));
      },
    });
    closeBell = () => {
      closed = true;
      close();
    };
  };

  const shutBell = () => {
    closeBell?.();
    closeBell = null;
    up = false;
    if (reopenTimer !== null) clock.clearTimeout(reopenTimer);
    reopenTimer = null;
  };

  const unsubscribe = options.visibility.onChange(() => {
    if (options.visibility.hidden()) {
      clearTimer();
      shutBell();
    } else {
      // Back in view: what happened meanwhile is asked for now, not an interval later.
      openBell();
      if (!running) void tick();
    }
  });
  openBell();
  schedule();

  return () => {
    stopped = true;
    unsubscribe();
    clearTimer();
    shutBell();
  };
}
