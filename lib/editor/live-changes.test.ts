import { describe, expect, it } from "vitest";
import { type Clock, startLiveChanges, type Visibility } from "./live-changes";

/** A clock whose timers run only when the test says so, and a tab that can be hidden. */
function fakes() {
  const timers = new Map<number, () => void>();
  let next = 1;
  const clock: Clock = {
    setTimeout: (run) => {
      timers.set(next, run);
      return next++;
    },
    clearTimeout: (h) => void timers.delete(h as number),
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
    fire: () => {
      const all = [...timers.values()];
      timers.clear();
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
});
