import { foldHindiDetailed } from "./fold";
import { inflectHindi } from "./inflect";
import { tokenizeFolded } from "./tokenize";
import type { GlossaryEntryInput, TermMatch } from "./types";

export interface TermMatcher {
  match(text: string): TermMatch[];
  /** Number of distinct folded word sequences the matcher knows (all entries, all forms). */
  readonly size: number;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  entryId: string | null;
  /** 0 = the term as written in the glossary, 1 = a generated inflection; lower wins a clash. */
  rank: number;
}

function newNode(): TrieNode {
  return { next: null, entryId: null, rank: Infinity };
}

function foldedWords(form: string): string[] {
  const { folded } = foldHindiDetailed(form);
  return tokenizeFolded(folded).map((t) => t.word);
}

/**
 * One trie keyed by folded words, so a text is folded and tokenised once and each word position
 * costs a few hash lookups however large the glossary is (no regex per term).
 */
export function buildMatcher(entries: GlossaryEntryInput[]): TermMatcher {
  const root = newNode();
  let size = 0;
  for (const entry of entries) {
    const forms = inflectHindi(entry.hindi, entry.partOfSpeech);
    forms.forEach((form, index) => {
      const words = foldedWords(form);
      if (words.length === 0) return;
      let node = root;
      for (const word of words) {
        node.next ??= new Map();
        let child = node.next.get(word);
        if (!child) {
          child = newNode();
          node.next.set(word, child);
        }
        node = child;
      }
      const rank = index === 0 ? 0 : 1;
      // Ties keep the earlier entry: a glossary listing the same term twice is a data problem the
      // import reports, not something the matcher should flip-flop on.
      if (node.entryId === null) size++;
      if (rank < node.rank) {
        node.entryId = entry.id;
        node.rank = rank;
      }
    });
  }

  return {
    size,
    match(text: string): TermMatch[] {
      const { folded, map, ends } = foldHindiDetailed(text);
      const tokens = tokenizeFolded(folded);
      const matches: TermMatch[] = [];
      for (let i = 0; i < tokens.length; ) {
        let node: TrieNode | undefined = root;
        let bestEnd = -1;
        let bestId = "";
        for (let j = i; j < tokens.length && node?.next; j++) {
          if (j > i && !tokens[j].joined) break;
          node = node.next.get(tokens[j].word);
          if (node?.entryId != null) {
            bestEnd = j;
            bestId = node.entryId;
          }
        }
        if (bestEnd < 0) {
          i++;
          continue;
        }
        const start = map[tokens[i].start];
        const end = ends[tokens[bestEnd].end - 1];
        matches.push({ start, end, text: text.slice(start, end), entryId: bestId });
        i = bestEnd + 1;
      }
      return matches;
    },
  };
}
