/**
 * `number`: every number of the Hindi appears in the English and the English adds none, comparing
 * values (see lib/numbers: २,००,००० = 2 लाख = 200,000 = two hundred thousand = 0.2 million).
 * Set semantics: a figure repeated in the Hindi may appear once in the English ("the same number").
 *
 * Strict numbers (figures, number + scale word) must be matched; soft ones (bare number words,
 * months) may satisfy a strict one but are never required, because "एक" is usually "a" and
 * "दो-चार" is "a few". When only soft numbers are left over on both sides, the translation says a
 * different word-number than the source ("पाँच" as "three"): a warning, not an error.
 *
 * In the English, a figure in Indian grouping (2,00,000) or in Devanagari digits is flagged with a
 * safe fix to the Western form English readers expect.
 */
import { type FoundNumber, formatWestern, readNumbers, toAsciiDigits } from "@/lib/numbers/read-numbers";
import { type QaIssue, qaIssue } from "../types";

function shown(n: FoundNumber): string {
  return n.value.startsWith("m:") ? "" : formatWestern(n.value);
}

/**
 * Which leftover soft numbers may be reported as differing: number words other than one. "एक" is
 * mostly "a", ordinals and months are only read to match figures, "half" is rarely exact.
 */
function comparableWord(n: FoundNumber): boolean {
  return n.kind === "words" && n.value !== "1";
}

function splice(text: string, n: FoundNumber, replacement: string): string {
  return text.slice(0, n.start) + replacement + text.slice(n.end);
}

// Module-level, not a closure per call: tsx compiles with keepNames (a __name call per closure created).
function raw(text: string, n: FoundNumber): string {
  return text.slice(n.start, n.end);
}

// A unit has a few numbers, fewer than a Set is worth building for: the list is searched instead,
// unless it is long (a table row of figures).
function valuesOf(numbers: FoundNumber[]): Set<string> | null {
  return numbers.length > 16 ? new Set(numbers.map((n) => n.value)) : null;
}

function hasValue(numbers: FoundNumber[], values: Set<string> | null, value: string): boolean {
  if (values) return values.has(value);
  for (const n of numbers) if (n.value === value) return true;
  return false;
}

function firstByValue(numbers: FoundNumber[]): FoundNumber[] {
  // Most units carry every number across: nothing left over, no Map to build.
  if (numbers.length < 2) return numbers;
  const seen = new Map<string, FoundNumber>();
  for (const n of numbers) {
    const before = seen.get(n.value);
    // a strict occurrence speaks for the value: "दो किसान … 2 गायें" needs the 2
    if (!before || (!before.strict && n.strict)) seen.set(n.value, n);
  }
  return [...seen.values()];
}

/** Shared by every unit that has nothing of a kind: never written to. */
const NONE: readonly FoundNumber[] = Object.freeze([]);
const NO_ISSUES: readonly QaIssue[] = Object.freeze([]);

/**
 * The numbers of `numbers` whose value `other` lacks, in order; the shared empty list when there are
 * none (most units carry every number across), so no array is built for them.
 */
function lacking(numbers: FoundNumber[], other: FoundNumber[]): FoundNumber[] {
  if (numbers.length === 0) return numbers;
  const values = valuesOf(other);
  let out: FoundNumber[] | null = null;
  for (const n of numbers) {
    if (hasValue(other, values, n.value)) continue;
    if (out) out.push(n);
    else out = [n];
  }
  return out ?? (NONE as FoundNumber[]);
}

/** The English's figures in Indian grouping or Devanagari digits, which get a fix. */
function needsFix(n: FoundNumber): boolean {
  return n.grouping === "indian" || n.devanagariDigits;
}

export function checkNumbers(hindi: string, english: string): QaIssue[] {
  const hi = readNumbers(hindi);
  const en = readNumbers(english);
  // No number on either side (many units): nothing to compare and nothing to fix.
  if (hi.length === 0 && en.length === 0) return NO_ISSUES as QaIssue[];
  const issues: QaIssue[] = [];
  const missing = firstByValue(lacking(hi, en));
  const extra = firstByValue(lacking(en, hi));
  if (missing.length === 1 && extra.length === 1 && (missing[0].strict || extra[0].strict)) {
    const [h, e] = [missing[0], extra[0]];
    issues.push(qaIssue("numberMismatch", { hindi: raw(hindi, h), english: raw(english, e) }, `${h.value}:${e.value}`));
  } else if (missing.some((n) => n.strict) || extra.some((n) => n.strict)) {
    for (const h of missing.filter((n) => n.strict)) {
      issues.push(qaIssue("numberMissing", { hindi: raw(hindi, h), value: shown(h) }, h.value));
    }
    for (const e of extra.filter((n) => n.strict)) {
      issues.push(qaIssue("numberExtra", { english: raw(english, e), value: shown(e) }, e.value));
    }
  } else {
    const [h, e] = [missing.find(comparableWord), extra.find(comparableWord)];
    if (h && e) issues.push(qaIssue("numberWordsDiffer", { hindi: raw(hindi, h), english: raw(english, e) }, `${h.value}:${e.value}`));
  }

  if (!en.some(needsFix)) return issues;
  const fixed = new Set<number>();
  for (const n of en) {
    if (fixed.has(n.start)) continue;
    const written = raw(english, n);
    const ascii = toAsciiDigits(written);
    if (n.grouping === "indian") {
      const western = formatWestern(ascii.replaceAll(",", ""));
      issues.push(qaIssue("numberIndianGrouping", { english: written, western }, n.value, splice(english, n, western)));
      fixed.add(n.start);
    } else if (n.devanagariDigits) {
      issues.push(qaIssue("numberDevanagariDigits", { english: written, ascii }, n.value, splice(english, n, ascii)));
      fixed.add(n.start);
    }
  }
  return issues;
}
