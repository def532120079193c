import type { Page } from "@playwright/test";
import { percentile } from "./measure";

/**
 * Typing probes shared by the editor and its bare-textarea baseline, so both are measured the same
 * way in the same browser. Per key (the keydown's own timestamp is t0):
 *  - latency: t0 → the first task after the next animation frame (the frame that shows the key has
 *    been produced on the main thread by then; this does not wait for the compositor's present);
 *  - processing: t0 → the end of the key's `input` event on window (input delay and every handler,
 *    React's synchronous render of a controlled textarea included);
 *  - frame: the animation frame's start → that first task after it (style, layout, paint of the frame);
 *  - work = processing + frame: what the page itself spends per key, without the wait for the
 *    display's next frame, which no page can shorten (up to one refresh interval, 16.7 ms at 60 Hz).
 * Event Timing (`duration`: key → the next paint as the compositor presents it, 8 ms steps, reported
 * from 16 ms) is the browser's own view; long animation frames (≥ 50 ms) name the scripts that held one.
 * Scripts go to the page as strings: functions compiled by tsx carry helpers the page does not have.
 */
const PROBE = `
  window.__keys = [];
  window.__frames = [];
  window.__events = [];
  document.addEventListener("keydown", function (event) {
    var key = { start: event.timeStamp, processed: 0, frameStart: 0, done: 0 };
    window.__keys.push(key);
    requestAnimationFrame(function () {
      key.frameStart = performance.now();
      setTimeout(function () { key.done = performance.now(); }, 0);
    });
  }, true);
  window.addEventListener("input", function () {
    var key = window.__keys[window.__keys.length - 1];
    if (key && !key.processed) key.processed = performance.now();
  });
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (f) {
        window.__frames.push({
          duration: f.duration, blocking: f.blockingDuration,
          scripts: (f.scripts || []).map(function (s) {
            return { invoker: s.invoker, fn: s.sourceFunctionName, url: s.sourceURL, duration: s.duration };
          }),
        });
      });
    }).observe({ type: "long-animation-frame", buffered: false });
  } catch (e) {}
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        window.__events.push({ name: e.name, duration: e.duration, delay: e.processingStart - e.startTime, processing: e.processingEnd - e.processingStart, interactionId: e.interactionId });
      });
    }).observe({ type: "event", durationThreshold: 16, buffered: false });
  } catch (e) {}
`;

interface KeyTiming {
  start: number;
  processed: number;
  frameStart: number;
  done: number;
}

export interface TimedEvent {
  name: string;
  duration: number;
  delay: number;
  processing: number;
  interactionId: number;
}

interface LongFrame {
  duration: number;
  blocking: number;
  scripts: { invoker: string; fn: string; url: string; duration: number }[];
}

export interface TypingTrace {
  keys: KeyTiming[];
  events: TimedEvent[];
  frames: LongFrame[];
}

export async function installTypingProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE);
}

/** Presses `count` keys (a space every sixth) one at a time into the focused element. */
export async function typeKeys(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await page.keyboard.press(i % 6 === 5 ? "Space" : "KeyA");
}

export async function readTypingTrace(page: Page): Promise<TypingTrace> {
  return (await page.evaluate("({ keys: window.__keys, events: window.__events, frames: window.__frames })")) as TypingTrace;
}

/** A bare <textarea> in the same browser: the floor that the harness itself puts under any page. */
export const BARE_TEXTAREA = `<!doctype html><html lang="en"><body><textarea aria-label="bare" rows="4" cols="80"></textarea></body></html>`;

/** p50/p95 of each per-key measure, and what Event Timing and long animation frames say. */
export function summariseTyping(trace: TypingTrace) {
  const keys = trace.keys.filter((k) => k.done > 0);
  const of = (f: (k: KeyTiming) => number) => keys.map(f);
  const latency = of((k) => k.done - k.start);
  const processing = of((k) => (k.processed || k.frameStart) - k.start);
  const frame = of((k) => k.done - k.frameStart);
  const work = of((k) => (k.processed || k.frameStart) - k.start + (k.done - k.frameStart));
  const perKey = new Map<number, number>();
  for (const event of trace.events) {
    if (!event.interactionId) continue;
    perKey.set(event.interactionId, Math.max(perKey.get(event.interactionId) ?? 0, event.duration));
  }
  // Event Timing leaves out keys under 16 ms: they count as 0 here, so p95 ≤ 16 means ≤ 5 % over 16.
  const durations = [...perKey.values(), ...Array.from({ length: Math.max(0, keys.length - perKey.size) }, () => 0)];
  const histogram = [...perKey.values()].reduce<Record<number, number>>((h, ms) => {
    h[ms] = (h[ms] ?? 0) + 1;
    return h;
  }, {});
  const scripts = new Map<string, number>();
  for (const f of trace.frames) {
    for (const script of f.scripts) {
      const name = `${script.invoker} ${script.fn || "(anonymous)"}`.trim();
      scripts.set(name, (scripts.get(name) ?? 0) + script.duration);
    }
  }
  const topScripts = [...scripts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, ms]) => `${name} ${Math.round(ms)} ms`)
    .join("; ");
  return {
    keys: keys.length,
    p50: percentile(latency, 50),
    p95: percentile(latency, 95),
    max: Math.max(...latency),
    processingP95: percentile(processing, 95),
    frameP95: percentile(frame, 95),
    workP50: percentile(work, 50),
    workP95: percentile(work, 95),
    eventP95: percentile(durations, 95),
    eventKeysOver16: [...perKey.values()].filter((ms) => ms > 16).length,
    eventHistogram: Object.entries(histogram)
      .map(([ms, n]) => `${ms}:${n}`)
      .join(" "),
    longFrames: trace.frames.length,
    longFrameMs: Math.round(trace.frames.reduce((sum, f) => sum + f.duration, 0)),
    topScripts: topScripts || "none",
  };
}
