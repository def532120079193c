/**
 * Retrieval keys of a memory source: the distinct content tokens (words and Latin tokens, by
 * their folded key) as 32-bit FNV-1a hashes, for the entry's GIN-indexed int4[] column. Numbers
 * and punctuation are left out: they are placeables, and a near-duplicate usually differs in them.
 */
import type { TmToken } from "./tokenize";

export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

export function retrievalKeys(tokens: readonly TmToken[]): number[] {
  const out = new Set<number>();
  for (const t of tokens) if (t.kind === "word" || t.kind === "latin") out.add(keyHash(t.key));
  return [...out];
}
