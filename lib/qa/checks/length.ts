/**
 * `length`: the English is far longer or shorter than the Gale–Church length model expects for
 * this Hindi. The model is the aligner's (lib/align/gale-church): English length ~ c · Hindi
 * length with variance s2 · length, in code points. Flagged beyond 3σ, which a faithful
 * translation crosses about 3 times in 1,000 (measured on the PUD gold pairs, see the report).
 */
import { HINDI_ENGLISH_LENGTH, type LengthModel, lengthZ } from "@/lib/align/gale-church";
import { type QaIssue, qaIssue } from "../types";

export const LENGTH_Z_LIMIT = 3;

/** Code points of the trimmed text: code units less the surrogate pairs, without a string iterator. */
function codePoints(text: string): number {
  const t = text.trim();
  let n = t.length;
  for (let i = 0; i < t.length - 1; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = t.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

export function checkLength(hindi: string, english: string, model: LengthModel = HINDI_ENGLISH_LENGTH): QaIssue[] {
  const hi = codePoints(hindi);
  const en = codePoints(english);
  if (hi === 0 || en === 0) return [];
  const z = lengthZ(hi, en, model.c, model.s2);
  if (Math.abs(z) <= LENGTH_Z_LIMIT) return [];
  const params = { hindi: hi, english: en, expected: Math.round(model.c * hi) };
  return [qaIssue(z > 0 ? "lengthTooLong" : "lengthTooShort", params)];
}
