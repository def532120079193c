import { describe, expect, it } from "vitest";
import { errorOf } from "@/lib/errors.test-helpers";
import { readSrt, wrapCue, writeSrtCue } from "./srt";

const sample = `\uFEFF1\r\n00:00:01,000 --> 00:00:03,500\r\nनमस्ते दोस्तों।\r\n\r\n2\r\n00:00:04,000 --> 00:00:06,000 X1:10 X2:20\r\n<i>आज हम</i> बात करेंगे\r\nबाढ़ के बारे में।\r\n\r\n\r\n3\r\n00:00:07,000 --> 00:00:09,000\r\n{\\an8}यह पहला है। यह दूसरा है।\r\n`;

describe("readSrt", () => {
  it("reads numbers, exact timing lines and tag-free text lines, with CRLF, BOM and extra blank lines", () => {
    expect(readSrt(sample)).toEqual([
      { number: "1", timing: "00:00:01,000 --> 00:00:03,500", lines: ["नमस्ते दोस्तों।"] },
      { number: "2", timing: "00:00:04,000 --> 00:00:06,000 X1:10 X2:20", lines: ["आज हम बात करेंगे", "बाढ़ के बारे में।"] },
      { number: "3", timing: "00:00:07,000 --> 00:00:09,000", lines: ["यह पहला है। यह दूसरा है।"] },
    ]);
  });

  it("starts a new cue at a number and timing line even without the blank line before it", () => {
    const cues = readSrt("1\n00:00:01,000 --> 00:00:02,000\nक\n2\n00:00:03,000 --> 00:00:04,000\nख\n");
    expect(cues.map((c) => [c.number, c.lines])).toEqual([
      ["1", ["क"]],
      ["2", ["ख"]],
    ]);
  });

  it("accepts cues without numbers and numbers them", () => {
    expect(readSrt("00:00:01.000 --> 00:00:02.000\nक\n\n00:00:03.000 --> 00:00:04.000\nख\n").map((c) => c.number)).toEqual(["1", "2"]);
  });

  it("names the line of what is wrong, and refuses a file with no cue", () => {
    expect(errorOf(() => readSrt("1\n00:00:01,000 -> 00:00:02,000\nक\n")).message).toMatch(/line 2: expected a timing line/);
    expect(errorOf(() => readSrt("hello world\n")).message).toMatch(/line 1: expected a cue number/);
    expect(errorOf(() => readSrt("\n\n  \n")).code).toBe("MALFORMED_FILE");
  });
});

describe("wrapCue", () => {
  it("keeps short text on one line and breaks long text at word boundaries within the limit", () => {
    expect(wrapCue("Hello friends.")).toEqual(["Hello friends."]);
    const lines = wrapCue("Today we will talk about the floods that hit Bihar last week and what came after them.");
    expect(lines.length).toBe(3);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(42);
    expect(lines.join(" ")).toBe("Today we will talk about the floods that hit Bihar last week and what came after them.");
  });

  it("balances two lines", () => {
    expect(wrapCue("Today we will talk about the floods in Bihar this week.")).toEqual([
      "Today we will talk about the",
      "floods in Bihar this week.",
    ]);
  });

  it("honours a configured length and never cuts a word longer than the limit", () => {
    expect(wrapCue("a supercalifragilistic word", 10)).toEqual(["a", "supercalifragilistic", "word"]);
    expect(wrapCue("one two three four", 9)).toEqual(["one two", "three", "four"]);
  });
});

describe("writeSrtCue", () => {
  it("writes the number, the timing unchanged and the lines, then a blank line", () => {
    expect(writeSrtCue({ number: "7", timing: "00:00:04,000 --> 00:00:06,000 X1:10", lines: ["a", "b"] })).toBe(
      "7\n00:00:04,000 --> 00:00:06,000 X1:10\na\nb\n\n",
    );
  });
});
