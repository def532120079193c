/**
 * The number reader gives the same numbers (values, offsets, kinds, grouping) on 200,000 fuzzed
 * strings (./testing/fuzz) as when the golden digests were recorded: speed work on the tokenizer
 * must not change a single one. A digest is 16 bits of a hash of one string's numbers, so a string
 * that changes is named.
 *
 * When the reader is meant to change what it finds, record new digests:
 *   UPDATE_NUMBERS_GOLDEN=1 npx vitest run --project unit lib/numbers/read-numbers.equivalence.test.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hash53 } from "@/lib/qa/inconsistent";
import { readNumbers } from "./read-numbers";
import { numberFuzz } from "./testing/fuzz";

const STRINGS = 200_000;
const GOLDEN = path.join(__dirname, "testing", "golden.txt");

describe("readNumbers on 200,000 fuzzed strings", () => {
  it("finds the recorded numbers, string by string", () => {
    const texts = numberFuzz(STRINGS);
    const now = new Uint16Array(texts.map((text) => hash53(JSON.stringify(readNumbers(text))) & 0xffff));
    // biome-ignore lint/style/noProcessEnv: a test's own switch to record new digests, not configuration of the app
    if (process.env.UPDATE_NUMBERS_GOLDEN) writeFileSync(GOLDEN, `${Buffer.from(now.buffer).toString("base64")}\n`);
    const bytes = Buffer.from(readFileSync(GOLDEN, "utf8").trim(), "base64");
    const golden = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
    expect(golden.length).toBe(STRINGS);
    const differing = [...now.keys()].filter((i) => now[i] !== golden[i]).map((i) => texts[i]);
    expect(differing.slice(0, 20)).toEqual([]);
  }, 60_000);

  it("reaches every kind of number", () => {
    const found = numberFuzz(20_000).flatMap((text) => readNumbers(text));
    expect(new Set(found.map((n) => n.kind))).toEqual(new Set(["figure", "words", "ordinal", "month", "fraction"]));
    expect(new Set(found.map((n) => n.grouping).filter(Boolean))).toEqual(new Set(["indian", "western"]));
    expect(found.some((n) => n.devanagariDigits)).toBe(true);
    expect(found.some((n) => n.value.includes(".") && n.value.split(".").length > 2)).toBe(true);
  });
});
