/**
 * `length`: the English is far longer or shorter than the Gale–Church length model expects for
 * this Hindi. The model is the aligner's (lib/align/gale-church): English length ~ c · Hindi
 * length with variance s2 · length, in code points. Flagged beyond 3σ, which a faithful
 * translation crosses about 3 times in 1,000 (measured on the PUD gold pairs, see the report).
 */
import { HINDI_ENGLISH_LENGTH, type LengthModel, lengthZ } from "@/lib/align/gale-church";
import { type QaIssue, qaIssue } from "../types";

export const LENGTH_Z_LIMIT = 3;

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text.trim()) n++;
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
