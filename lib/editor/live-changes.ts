/**
 * The editor's subscription to other people's changes, as one small interface: `start` it with a
 * way to ask for changes since a cursor and what to do with them; it returns `stop`. Today the
 * source is a poll of GET /api/documents/:id/changes; the jobs work will swap in Server-Sent
 * Events behind the same two functions, so the editor does not change.
 *
 * The poll never overlaps itself (the next request is scheduled only once the previous answer has
 * been handled, however slow), and it pauses while the tab is hidden: no request goes out from a
 * background tab; when the tab is shown again it asks at once. Pure: timers and visibility are
 * passed in, so it is tested without a browser.
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

export interface LiveChangesOptions<T> {
  since: string;
  intervalMs: number;
  /** Asks for what changed after the cursor; null when the request failed (asked again next time). */
  fetch(since: string): Promise<ChangesAnswer<T> | null>;
  apply(changes: T): void | Promise<void>;
  visibility: Visibility;
  clock?: Clock;
}

export function startLiveChanges<T>(options: LiveChangesOptions<T>): () => void {
  const clock: Clock = options.clock ?? { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (h) => clearTimeout(h as number) };
  let since = options.since;
  let stopped = false;
  let running = false;
  let timer: unknown = null;

  const schedule = () => {
    if (stopped || running || timer !== null || options.visibility.hidden()) return;
    timer = clock.setTimeout(() => {
      timer = null;
      void tick();
    }, options.intervalMs);
  };

  const tick = async () => {
    if (stopped || running || options.visibility.hidden()) return;
    running = true;
    try {
      const answer = await options.fetch(since);
      if (answer && !stopped) {
        since = answer.cursor;
        await options.apply(answer.changes);
      }
    } catch {
      // A failed round is tried again at the next one; the editor keeps working meanwhile.
    } finally {
      running = false;
      schedule();
    }
  };

  const unsubscribe = options.visibility.onChange(() => {
    if (options.visibility.hidden()) {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    } else if (!running) {
      // Back in view: what happened meanwhile is asked for now, not an interval later.
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      void tick();
    }
  });
  schedule();

  return () => {
    stopped = true;
    unsubscribe();
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };
}
