import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "./en.json";
import hi from "./hi.json";

type Tree = { [key: string]: string | Tree };

/** Every leaf as "a.b.c" → message. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/**
 * The arguments a message interpolates ({name}, {count, plural, …}, <tag>…</tag>). Names only: Hindi may say
 * "{count} इकाइयाँ" where English needs a plural.
 */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      found.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

const english = flatten(en);
const hindi = flatten(hi);

describe("messages/en.json and messages/hi.json", () => {
  it("have the same keys", () => {
    expect([...english.keys()].filter((k) => !hindi.has(k)), "in en.json only").toEqual([]);
    expect([...hindi.keys()].filter((k) => !english.has(k)), "in hi.json only").toEqual([]);
  });

  it("interpolate the same arguments, so a value the code passes is shown in both languages", () => {
    const mismatched = [...english]
      .filter(([key]) => hindi.has(key))
      .map(([key, text]) => ({ key, en: argumentsOf(text), hi: argumentsOf(hindi.get(key) ?? "") }))
      .filter((row) => row.en.join() !== row.hi.join());
    expect(mismatched).toEqual([]);
  });

  it("leave no message empty", () => {
    const empty = [...english, ...hindi].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });
});
