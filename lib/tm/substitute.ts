/**
 * When the stored sentence and the new one differ only in numbers or Latin tokens (the same
 * announcement with this year's figure, the same headline with another company's name), the stored
 * English is offered with those tokens already replaced — and the match says so, because a machine
 * edited a human's translation.
 */
import { type EditOp, tokenDistance } from "./score";
import { numberKey, type TmToken, tokenizeTm } from "./tokenize";

export interface Substitution {
  kind: "number" | "latin";
  /** As written in the stored Hindi. */
  from: string;
  /** As written in the new Hindi. */
  to: string;
}

export type SubstituteResult =
  | { substituted: true; english: string; substitutions: Substitution[] }
  | { substituted: false; english: string };

/** Digit runs of an English text with their grouping ("100,000", "1,00,000", "2.5"). */
const ENGLISH_NUMBER_RE = /\p{Nd}+(?:[.,]\p{Nd}+)*/gu;

/** Writes a number the way the stored English wrote the one it replaces (grouping style kept). */
function formatLike(value: string, written: string): string {
  const [whole, decimals] = value.split(".");
  const suffix = decimals === undefined ? "" : `.${decimals}`;
  if (!/,/.test(written) || whole.length <= 3) return whole + suffix;
  // Indian grouping (1,00,000) has a two-digit group before the last three.
  const indian = /^\d{1,2}(,\d{2})+,\d{3}/.test(written);
  const last3 = whole.slice(-3);
  let rest = whole.slice(0, -3);
  const groups: string[] = [];
  const size = indian ? 2 : 3;
  while (rest.length > size) {
    groups.unshift(rest.slice(-size));
    rest = rest.slice(0, -size);
  }
  if (rest) groups.unshift(rest);
  return `${[...groups, last3].join(",")}${suffix}`;
}

/** Where the token replaced by `sub` stands in the English, and what replaces it; null unless exactly once. */
function locate(english: string, sub: Substitution, newKey: string): { start: number; end: number; text: string } | null {
  let hits: RegExpMatchArray[];
  if (sub.kind === "number") {
    const oldKey = numberKey(sub.from);
    hits = [...english.matchAll(ENGLISH_NUMBER_RE)].filter((m) => numberKey(m[0]) === oldKey);
  } else {
    const escaped = sub.from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    hits = [...english.matchAll(new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, "gi"))];
  }
  // Zero or several places it could be: guessing would put the token in the wrong place.
  if (hits.length !== 1) return null;
  const start = hits[0].index ?? 0;
  const text = sub.kind === "number" ? formatLike(newKey, hits[0][0]) : sub.to;
  return { start, end: start + hits[0][0].length, text };
}

/**
 * The stored English adapted to the new sentence, when the only differences are same-kind
 * replacements of numbers or Latin tokens that each occur exactly once in the English.
 */
export function substitutePlaceables(query: string, stored: string, english: string): SubstituteResult {
  const a = tokenizeTm(stored);
  const b = tokenizeTm(query);
  const { ops = [] } = tokenDistance(a, b, true);
  const changes = ops.filter((o): o is Exclude<EditOp, { op: "same" }> => o.op !== "same");
  if (changes.length === 0) return { substituted: false, english };
  const pairs: [TmToken, TmToken][] = [];
  for (const c of changes) {
    if (c.op !== "replace") return { substituted: false, english };
    const from = a[c.a];
    const to = b[c.b];
    if (from.kind !== to.kind || (from.kind !== "number" && from.kind !== "latin")) return { substituted: false, english };
    pairs.push([from, to]);
  }
  const substitutions: Substitution[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  // Every place is found in the stored English before any is changed, so that 5→7, 7→9 cannot
  // mistake the first replacement for the second one's target.
  for (const [from, to] of pairs) {
    const sub: Substitution = { kind: from.kind as Substitution["kind"], from: from.text, to: to.kind === "number" ? to.key : to.text };
    const edit = locate(english, sub, to.key);
    if (edit === null || edits.some((e) => e.start < edit.end && edit.start < e.end)) return { substituted: false, english };
    edits.push(edit);
    substitutions.push(sub);
  }
  let out = english;
  for (const e of [...edits].sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { substituted: true, english: out, substitutions };
}
