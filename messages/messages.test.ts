import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { readFileSync } from "node:fs";
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

/**
 * Keys given twice in one object of a message file. JSON.parse keeps the last silently, so the first
 * text is dead and whoever edits it changes nothing; a scan of the raw text finds them.
 */
function duplicateKeys(json: string): string[] {
  const found: string[] = [];
  const stack: { keys: Set<string>; path: string }[] = [];
  let pendingKey: string | null = null;
  const token = /"((?:[^"\\]|\\.)*)"\s*(:)?|[{}]/g;
  for (const m of json.matchAll(token)) {
    if (m[0] === "{") {
      const parent = stack.at(-1);
      stack.push({ keys: new Set(), path: parent && pendingKey !== null ? (parent.path ? `${parent.path}.${pendingKey}` : pendingKey) : "" });
      pendingKey = null;
    } else if (m[0] === "}") {
      stack.pop();
    } else if (m[2] === ":") {
      const scope = stack.at(-1);
      const key = JSON.parse(`"${m[1]}"`) as string;
      if (scope?.keys.has(key)) found.push(scope.path ? `${scope.path}.${key}` : key);
      scope?.keys.add(key);
      pendingKey = key;
    }
  }
  return found;
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

  it("give no key twice (JSON.parse would keep only the last one)", () => {
    for (const file of ["en.json", "hi.json"]) {
      expect(duplicateKeys(readFileSync(new URL(file, import.meta.url), "utf8")), file).toEqual([]);
    }
  });

  it("the duplicate-key scan finds a key given twice, also in a nested object", () => {
    expect(duplicateKeys('{"a": {"b": "x", "c": "{n} \\" y", "b": "z"}, "d": "w"}')).toEqual(["a.b"]);
    expect(duplicateKeys('{"a": {"b": "x"}, "c": {"b": "y"}}')).toEqual([]);
  });

  it("leave no message empty", () => {
    const empty = [...english, ...hindi].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });
});
