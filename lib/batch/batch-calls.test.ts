import { describe, expect, it } from "vitest";
import { batchCalls } from "./batch-calls";

function manual() {
  const flushes: (() => void)[] = [];
  return {
    schedule: (flush: () => void) => flushes.push(flush),
    flushAll: () => {
      for (const flush of flushes.splice(0)) flush();
    },
  };
}

describe("batchCalls", () => {
  it("answers the calls of one group made in one turn with one run, each its own answer", async () => {
    const runs: [string, number[]][] = [];
    const clock = manual();
    const call = batchCalls<number, number>(async (group, keys) => {
      runs.push([group, keys]);
      return keys.map((k) => k * 10);
    }, clock.schedule);
    const answers = Promise.all([call("a", 1), call("a", 2), call("b", 3), call("a", 4)]);
    clock.flushAll();
    expect(await answers).toEqual([10, 20, 30, 40]);
    expect(runs).toEqual([
      ["a", [1, 2, 4]],
      ["b", [3]],
    ]);
  });

  it("starts a new batch for calls made after the last one went", async () => {
    const runs: number[][] = [];
    const call = batchCalls<number, number>(async (_group, keys) => {
      runs.push(keys);
      return keys;
    });
    expect(await call("a", 1)).toBe(1);
    expect(await call("a", 2)).toBe(2);
    expect(runs).toEqual([[1], [2]]);
  });

  it("fails every call of a batch whose run fails or answers a wrong count", async () => {
    const clock = manual();
    const failing = batchCalls<number, number>(async () => {
      throw new Error("pool busy");
    }, clock.schedule);
    const short = batchCalls<number, number>(async () => [1], clock.schedule);
    const calls = [failing("a", 1), failing("a", 2), short("a", 1), short("a", 2)].map((p) =>
      p.then(
        () => "ok",
        (e: Error) => e.message,
      ),
    );
    clock.flushAll();
    expect(await Promise.all(calls)).toEqual(["pool busy", "pool busy", "batch of 2 got 1 answers", "batch of 2 got 1 answers"]);
  });
});
