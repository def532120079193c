import type { ContextRule, WordContext } from "./context-rules";
import { foldHindiDetailed, foldWord } from "./fold";
import { inflectWord, termWords, type WordForm } from "./inflect";
import { entryWordClass, inferWordClass } from "./part-of-speech";
import { type FoldedToken, tokenizeFolded } from "./tokenize";
import type { GlossaryEntryInput, TermMatch } from "./types";

export interface TermMatcher {
  match(text: string): TermMatch[];
  /** Number of word forms the matcher knows (each form of each word of each distinct term prefix). */
  readonly size: number;
}

/**
 * A node stands for a sequence of glossary words (word + class), an edge for one folded form of the
 * next word. All forms of a word lead to the same node, so a term of n words costs the sum of their
 * forms, not their product, however freely each word inflects.
 */
interface TrieNode {
  next: Map<string, Edge | Edge[]> | null;
  /** Index of the entry that ends here, or -1. */
  entry: number;
  /** Build only: the child node per word + class. */
  words: Map<string, TrieNode> | null;
}

interface Edge {
  node: TrieNode;
  written: boolean;
  rule: ContextRule | null;
}

// Lower wins: a form a context rule positively recognises, then the term as written, then inflections.
const EVIDENCE = 0;
const WRITTEN = 1;
const INFLECTED = 2;

function newNode(): TrieNode {
  return { next: null, entry: -1, words: null };
}

function addEdge(parent: TrieNode, form: WordForm, child: TrieNode) {
  parent.next ??= new Map();
  const edge: Edge = { node: child, written: form.written, rule: form.rule };
  const known = parent.next.get(form.folded);
  if (known === undefined) parent.next.set(form.folded, edge);
  else if (Array.isArray(known)) known.push(edge);
  else parent.next.set(form.folded, [known, edge]);
}

function contextAt(tokens: FoldedToken[], i: number): WordContext {
  const word = (k: number) => tokens[k].word;
  const joinedAfter = (k: number) => k + 1 < tokens.length && tokens[k + 1].joined;
  const next = joinedAfter(i) ? word(i + 1) : null;
  return {
    prev: i > 0 && tokens[i].joined ? word(i - 1) : null,
    next,
    afterNext: next !== null && joinedAfter(i + 1) ? word(i + 2) : null,
  };
}

/** The per-word child maps are only needed while building; the snapshot lives as long as the glossary. */
function forgetWords(root: TrieNode) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TrieNode;
    if (node.words) for (const child of node.words.values()) stack.push(child);
    node.words = null;
  }
}

/** The best match found so far from one start position. */
interface Best {
  end: number;
  priority: number;
  entry: number;
  /** The context of the start word, computed only when a rule asks for it. */
  context: WordContext | null;
}

function offer(best: Best, end: number, priority: number, entry: number) {
  if (end > best.end || (end === best.end && (priority < best.priority || (priority === best.priority && entry < best.entry)))) {
    best.end = end;
    best.priority = priority;
    best.entry = entry;
  }
}

// Inside a multi-word match the other words of the term are the context: rules are not asked.
function walk(next: Map<string, Edge | Edge[]>, tokens: FoldedToken[], j: number, written: boolean, best: Best) {
  const found = next.get(tokens[j].word);
  if (found === undefined) return;
  if (Array.isArray(found)) for (const edge of found) step(edge, tokens, j, written, best);
  else step(found, tokens, j, written, best);
}

function step(edge: Edge, tokens: FoldedToken[], j: number, written: boolean, best: Best) {
  const all = written && edge.written;
  if (edge.node.entry >= 0) offer(best, j, all ? WRITTEN : INFLECTED, edge.node.entry);
  if (edge.node.next !== null && j + 1 < tokens.length && tokens[j + 1].joined) walk(edge.node.next, tokens, j + 1, all, best);
}

/** The first word of a candidate: the only one whose context rule is asked. */
function start(edge: Edge, tokens: FoldedToken[], i: number, best: Best) {
  if (edge.node.entry >= 0) {
    const rule = edge.rule;
    if (rule === null) offer(best, i, edge.written ? WRITTEN : INFLECTED, edge.node.entry);
    else {
      best.context ??= contextAt(tokens, i);
      if (rule.accepts(best.context)) offer(best, i, rule.evidence ? EVIDENCE : INFLECTED, edge.node.entry);
    }
  }
  if (edge.node.next !== null && i + 1 < tokens.length && tokens[i + 1].joined) walk(edge.node.next, tokens, i + 1, edge.written, best);
}

/**
 * One trie keyed by folded words, so a text is folded and tokenised once and each word position
 * costs a few hash lookups however large the glossary is (no regex per term). Longest match wins;
 * among matches of the same length the priority above, then the earlier entry.
 */
export function buildMatcher(entries: GlossaryEntryInput[]): TermMatcher {
  const root = newNode();
  const formsOf = new Map<string, WordForm[]>();
  let size = 0;
  entries.forEach((entry, index) => {
    const words = termWords(entry.hindi);
    let node = root;
    words.forEach((word, k) => {
      const wordClass = k === words.length - 1 ? entryWordClass(word, entry.partOfSpeech) : inferWordClass(word);
      const key = `${foldWord(word)}\u0000${wordClass}`;
      let child = node.words?.get(key);
      if (!child) {
        child = newNode();
        node.words ??= new Map();
        node.words.set(key, child);
        let forms = formsOf.get(key);
        if (!forms) {
          forms = inflectWord(word, wordClass);
          formsOf.set(key, forms);
        }
        for (const form of forms) addEdge(node, form, child);
        size += forms.length;
      }
      node = child;
    });
    // Ties keep the earlier entry: a glossary listing the same term twice is a data problem the
    // import reports, not something the matcher should flip-flop on.
    if (words.length > 0 && node.entry < 0) node.entry = index;
  });
  const ids = entries.map((e) => e.id);
  forgetWords(root);

  return {
    size,
    match(text: string): TermMatch[] {
      const matches: TermMatch[] = [];
      const top = root.next;
      if (top === null) return matches;
      const { folded, map, ends } = foldHindiDetailed(text);
      const tokens = tokenizeFolded(folded);
      const best: Best = { end: -1, priority: INFLECTED + 1, entry: -1, context: null };
      for (let i = 0; i < tokens.length; ) {
        const found = top.get(tokens[i].word);
        if (found === undefined) {
          i++;
          continue;
        }
        best.end = -1;
        best.priority = INFLECTED + 1;
        best.entry = -1;
        best.context = null;
        if (Array.isArray(found)) for (const edge of found) start(edge, tokens, i, best);
        else start(found, tokens, i, best);
        if (best.end < 0) {
          i++;
          continue;
        }
        const from = map[tokens[i].start];
        const to = ends[tokens[best.end].end - 1];
        matches.push({ start: from, end: to, text: text.slice(from, to), entryId: ids[best.entry] });
        i = best.end + 1;
      }
      return matches;
    },
  };
}
