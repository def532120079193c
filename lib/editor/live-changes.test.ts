import { describe, expect, it } from "vitest";
import { type Clock, type Doorbell, startLiveChanges, type Visibility } from "./live-changes";

/** A clock whose timers run only when the test says so, and a tab that can be hidden. */
function fakes() {
  const timers = new Map<number, () => void>();
  const waits = new Map<number, number>();
  let next = 1;
  const clock: Clock = {
    setTimeout: (run, ms) => {
      timers.set(next, run);
      waits.set(next, ms);
      return next++;
    },
    clearTimeout: (h) => {
      timers.delete(h as number);
      waits.delete(h as number);
    },
  };
  let hidden = false;
  const listeners = new Set<() => void>();
  const visibility: Visibility = {
    hidden: () => hidden,
    onChange: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return {
    clock,
    visibility,
    pending: () => timers.size,
    /** The waits of the armed timers, in ms, in the order they were armed. */
    waits: () => [...timers.keys()].map((k) => waits.get(k)),
    fire: () => {
      const all = [...timers.values()];
      timers.clear();
      waits.clear();
      for (const run of all) run();
    },
    setHidden: (h: boolean) => {
      hidden = h;
      for (const l of listeners) l();
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("startLiveChanges", () => {
  it("never overlaps: the next request waits for the previous answer, however slow", async () => {
    const f = fakes();
    const asked: string[] = [];
    let answer: (v: { cursor: string; changes: number }) => void = () => {};
    const applied: number[] = [];
    const stop = startLiveChanges<number>({
      since: "c0",
      intervalMs: 2500,
      clock: f.clock,
      visibility: f.visibility,
      fetch: (since) => {
        asked.push(since);
        return new Promise<{ cursor: string; changes: number }>((resolve) => {
          answer = resolve;
        });
      },
      apply: (n) => void applied.push(n),
    });
    f.fire();
    expect(asked).toEqual(["c0"]);
    // While the answer is out, no timer is armed: nothing can start a second request.
    expect(f.pending()).toBe(0);
    f.fire();
    expect(asked).toEqual(["c0"]);
    answer({ cursor: "c1", changes: 7 });
    await flush();
    expect(applied).toEqual([7]);
    expect(f.pending()).toBe(1);
    f.fire();
    expect(asked).toEqual(["c0", "c1"]);
    stop();
  });

  it("pauses while the tab is hidden and asks at once when it is shown again", async () => {
    const f = fakes();
    const asked: string[] = [];
    const stop = startLiveChanges({
      since: "c0",
      intervalMs: 2500,
      clock: f.clock,
      visibility: f.visibility,
      fetch: async (since) => {
        asked.push(since);
        return { cursor: `${since}+`, changes: null };
      },
      apply: () => {},
    });
    f.setHidden(true);
    expect(f.pending()).toBe(0);
    f.fire();
    expect(asked).toEqual([]);
    f.setHidden(false);
    await flush();
    expect(asked).toEqual(["c0"]);
    expect(f.pending()).toBe(1);
    stop();
    expect(f.pending()).toBe(0);
  });

  it("keeps going after a failed request, from the same cursor", async () => {
    const f = fakes();
    const asked: string[] = [];
    let fail = true;
    const stop = startLiveChanges({
      since: "c0",
      intervalMs: 10,
      clock: f.clock,
      visibility: f.visibility,
      fetch: async (since) => {
        asked.push(since);
        if (fail) throw new Error("network");
        return { cursor: "c1", changes: null };
      },
      apply: () => {},
    });
    f.fire();
    await flush();
    fail = false;
    f.fire();
    await flush();
    f.fire();
    await flush();
    expect(asked).toEqual(["c0", "c0", "c1"]);
    stop();
  });

  it("backs off after failures, doubling up to the longest wait, and is back to the interval after a success", async () => {
    const f = fakes();
    let fail = true;
    const stop = startLiveChanges({
      since: "c0",
      intervalMs: 1000,
      maxIntervalMs: 5000,
      clock: f.clock,
      visibility: f.visibility,
      fetch: async () => (fail ? null : { cursor: "c1", changes: null }),
      apply: () => {},
    });
    const seen: (number | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      seen.push(...f.waits());
      f.fire();
      await flush();
    }
    expect(seen).toEqual([1000, 2000, 4000, 5000]);
    fail = false;
    f.fire();
    await flush();
    expect(f.waits()).toEqual([1000]);
    stop();
  });
});

/** A stream the test opens, rings and drops by hand. */
function fakeBell() {
  let handlers: Parameters<Doorbell["open"]>[0] | null = null;
  let opened = 0;
  let closed = 0;
  const bell: Doorbell = {
    open: (h) => {
      handlers = h;
      opened++;
      return () => {
        closed++;
        handlers = null;
      };
    },
  };
  return {
    bell,
    opened: () => opened,
    closed: () => closed,
    isOpen: () => handlers !== null,
    up: () => handlers?.up(),
    ring: () => handlers?.ring(),
    push: (answer: { cursor: string; changes: unknown }) => handlers?.changes(answer),
    down: () => handlers?.down(),
  };
}

/** A fetch that records each cursor it is asked for and answers with the same cursor. */
function echo(asked: string[]) {
  return async (since: string) => {
    asked.push(since);
    return { cursor: since, changes: null };
  };
}

describe("startLiveChanges with a doorbell (Server-Sent Events)", () => {
  function start(
    f: ReturnType<typeof fakes>,
    b: ReturnType<typeof fakeBell>,
    fetch: (since: string) => Promise<{ cursor: string; changes: null } | null>,
  ) {
    return startLiveChanges({
      since: "c0",
      intervalMs: 2500,
      maxIntervalMs: 30_000,
      safetyMs: 60_000,
      clock: f.clock,
      visibility: f.visibility,
      doorbell: b.bell,
      fetch,
      apply: () => {},
    });
  }

  it("asks once when the stream opens and then at each ring, polling only at the safety interval", async () => {
    const f = fakes();
    const b = fakeBell();
    const asked: string[] = [];
    let n = 0;
    const stop = start(f, b, async (since) => {
      asked.push(since);
      return { cursor: `c${++n}`, changes: null };
    });
    expect(b.opened()).toBe(1);
    b.up();
    await flush();
    expect(asked).toEqual(["c0"]);
    expect(f.waits()).toEqual([60_000]);
    b.ring();
    await flush();
    expect(asked).toEqual(["c0", "c1"]);
    expect(f.waits()).toEqual([60_000]);
    stop();
    expect(b.closed()).toBe(1);
    expect(f.pending()).toBe(0);
  });

  it("folds rings that come during a request into one more request after it", async () => {
    const f = fakes();
    const b = fakeBell();
    const asked: string[] = [];
    const answers: ((v: { cursor: string; changes: null }) => void)[] = [];
    const stop = start(
      f,
      b,
      (since) =>
        new Promise((resolve) => {
          asked.push(since);
          answers.push(resolve);
        }),
    );
    b.up();
    b.ring();
    b.ring();
    b.ring();
    expect(asked).toEqual(["c0"]);
    answers[0]?.({ cursor: "c1", changes: null });
    await flush();
    expect(asked).toEqual(["c0", "c1"]);
    answers[1]?.({ cursor: "c2", changes: null });
    await flush();
    expect(asked).toEqual(["c0", "c1"]);
    stop();
  });

  it("polls while the stream is down and opens it again with backoff", async () => {
    const f = fakes();
    const b = fakeBell();
    const asked: string[] = [];
    const stop = start(f, b, echo(asked));
    b.up();
    await flush();
    b.down();
    expect(b.isOpen()).toBe(false);
    // The poll at the normal interval, and the reopening after the first backoff.
    expect(f.waits()).toEqual([2500, 2500]);
    f.fire();
    await flush();
    expect(b.opened()).toBe(2);
    expect(asked.length).toBe(2);
    b.down();
    expect(f.waits()).toContain(5000);
    f.fire();
    await flush();
    expect(b.opened()).toBe(3);
    b.up();
    await flush();
    // Up again: the count of drops starts over and the safety interval applies.
    expect(f.waits()).toEqual([60_000]);
    b.down();
    expect(f.waits()).toEqual([2500, 2500]);
    stop();
  });

  it("closes the stream while the tab is hidden and reopens it, asking at once, when it is shown", async () => {
    const f = fakes();
    const b = fakeBell();
    const asked: string[] = [];
    const stop = start(f, b, echo(asked));
    b.up();
    await flush();
    f.setHidden(true);
    expect(b.isOpen()).toBe(false);
    expect(f.pending()).toBe(0);
    b.ring();
    await flush();
    expect(asked.length).toBe(1);
    f.setHidden(false);
    await flush();
    expect(b.opened()).toBe(2);
    expect(asked.length).toBe(2);
    stop();
  });

  it("applies changes the stream brings, in order and after a request that is out, without asking", async () => {
    const f = fakes();
    const b = fakeBell();
    const asked: string[] = [];
    const applied: unknown[] = [];
    let answer: (v: { cursor: string; changes: string }) => void = () => {};
    const stop = startLiveChanges<unknown>({
      since: "c0",
      intervalMs: 2500,
      safetyMs: 60_000,
      clock: f.clock,
      visibility: f.visibility,
      doorbell: b.bell as Doorbell<unknown>,
      fetch: (since) => {
        asked.push(since);
        return new Promise((resolve) => {
          answer = resolve;
        });
      },
      apply: (c) => void applied.push(c),
    });
    b.up();
    expect(asked).toEqual(["c0"]);
    // Pushed while the opening request is out: held until its answer is applied.
    b.push({ cursor: "c2", changes: "pushed-1" });
    await flush();
    expect(applied).toEqual([]);
    answer({ cursor: "c1", changes: "fetched" });
    await flush();
    expect(applied).toEqual(["fetched", "pushed-1"]);
    b.push({ cursor: "c3", changes: "pushed-2" });
    await flush();
    expect(applied).toEqual(["fetched", "pushed-1", "pushed-2"]);
    expect(asked).toEqual(["c0"]);
    // The safety poll still comes, from the latest cursor any answer gave.
    expect(f.waits()).toEqual([60_000]);
    f.fire();
    expect(asked).toEqual(["c0", "c3"]);
    stop();
  });

  it("a push with an older cursor than the last answer is applied but does not move the cursor back", async () => {
    const f = fakes();
    const b = fakeBell();
    const asked: string[] = [];
    const applied: unknown[] = [];
    const stop = startLiveChanges<unknown>({
      since: "c0",
      intervalMs: 2500,
      clock: f.clock,
      visibility: f.visibility,
      doorbell: b.bell as Doorbell<unknown>,
      fetch: async (since) => {
        asked.push(since);
        return { cursor: "c5", changes: "fetched" };
      },
      apply: (c) => void applied.push(c),
    });
    b.up();
    await flush();
    b.push({ cursor: "c4", changes: "late" });
    await flush();
    expect(applied).toEqual(["fetched", "late"]);
    b.ring();
    await flush();
    expect(asked).toEqual(["c0", "c5"]);
    stop();
  });
});
