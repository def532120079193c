import { normaliseText } from "@/lib/text/normalise";
import { englishRules, hindiRules, type SegmentRules } from "@/lib/text/segment-rules";

/**
 * Splits source and target documents into the units translators work on. Block structure comes
 * from lines (blank lines, markdown headings, list items); sentences come from one linear scan per
 * block, so a 12 MB document segments in well under a second and no regex can backtrack.
 */

export type SegmentKind = "sentence" | "heading" | "list-item";

export interface Segment {
  text: string;
  paragraph: number;
  kind: SegmentKind;
}

/**
 * How line breaks make paragraphs, as OmegaT's text filter offers it: "blank" (a paragraph ends at
 * an empty line; single newlines are wrapping), "line" (every line is a paragraph), or "auto"
 * (decided from the text, see detectParagraphMode).
 */
export const PARAGRAPH_MODES = ["auto", "line", "blank"] as const;
export type ParagraphMode = (typeof PARAGRAPH_MODES)[number];

/**
 * The mode for a file: markdown has its own rules (a blank line ends a paragraph, a single newline
 * is wrapping), so "auto" means "blank" there; any other text is detected.
 */
export function paragraphModeFor(requested: ParagraphMode, fileName = ""): ParagraphMode {
  return requested === "auto" && /\.(md|markdown)$/i.test(fileName) ? "blank" : requested;
}

export interface SegmentOptions {
  paragraphs?: ParagraphMode;
  rules?: SegmentRules;
}

export function segmentHindi(text: string, options: SegmentOptions = {}): Segment[] {
  return segmentDocument(text, options.rules ?? hindiRules, options.paragraphs ?? "auto");
}

export function segmentEnglish(text: string, options: SegmentOptions = {}): Segment[] {
  return segmentDocument(text, options.rules ?? englishRules, options.paragraphs ?? "auto");
}

/** How many paragraphs the segments fall into (their indices are distinct per paragraph). */
export function countParagraphs(segments: Segment[]): number {
  return new Set(segments.map((s) => s.paragraph)).size;
}

/** Sentence texts grouped by paragraph, in paragraph order. */
export function toParagraphs(segments: Segment[]): string[][] {
  const groups = new Map<number, string[]>();
  for (const s of segments) {
    const group = groups.get(s.paragraph);
    if (group) group.push(s.text);
    else groups.set(s.paragraph, [s.text]);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, texts]) => texts);
}

// Markdown needs a space after the hashes; without it "#MeToo" would become a heading.
const HEADING_RE = /^\s*#{1,6}(?:\s|$)/;
// Bullets, "1." "1)" "(क)" "(a)" "a)" "क." "क)". Latin "a." is left out because it collides with
// initials ("A. P. J. Abdul Kalam"); Devanagari letters are consonants only for the same reason
// ("ए. पी. जे.").
const LIST_RE = /^\s*(?:[-*+•]|[0-9०-९]{1,3}[.)]|\([0-9०-९a-zA-Z\u0915-\u0939]{1,4}\)|[a-zA-Z][)]|[\u0915-\u0939][.)])\s+/;

interface Block {
  kind: SegmentKind;
  /** Raw text, list marker included: the translator must see the source as written. */
  text: string;
  /** The list marker as matched ("1. ", "- "); sentence scanning starts after it. */
  marker: string;
  /** Blocks with the same group share a paragraph index (consecutive list items). */
  group: number;
}

const LINE_BREAK_RE = /\r\n|\r|\n/;
// A line ending like this continues on the next one, however short it is.
const CONTINUES_RE = /(?:[,;:]|[\p{L}\p{M}]-)$/u;
// Text that wraps lines at a width fills each line until the next word no longer fits; a line that
// stops well before that (a headline above its story, a byline, a list without markers) was broken
// on purpose. The margin leaves room for justified or proportional-font wrapping.
const DELIBERATE_BREAK_SHARE = 0.85;

/**
 * "auto": a text whose paragraphs are separated by blank lines keeps single newlines as wrapping;
 * a text without blank lines (a newsroom .txt, a copy from a web page), or whose lines mostly end
 * in a terminator (one paragraph per line with blank lines between), has a paragraph per line.
 */
export function detectParagraphMode(text: string, rules: SegmentRules = hindiRules): "line" | "blank" {
  const lines = text.split(LINE_BREAK_RE);
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && lines[first].trim() === "") first++;
  while (last >= first && lines[last].trim() === "") last--;
  let blank = false;
  let counted = 0;
  let terminated = 0;
  const compiled = compile(rules);
  for (let i = first; i <= last; i++) {
    const line = lines[i].trim();
    if (line === "") {
      blank = true;
      continue;
    }
    if (HEADING_RE.test(line)) continue;
    counted++;
    if (endsInTerminator(line, compiled)) terminated++;
  }
  if (!blank) return "line";
  return terminated * 2 > counted ? "line" : "blank";
}

function endsInTerminator(line: string, r: CompiledRules): boolean {
  let end = line.length;
  while (end > 0 && r.closers.has(line[end - 1])) end--;
  return end > 0 && r.terminators.has(line[end - 1]);
}

function splitBlocks(text: string, mode: "line" | "blank", r: CompiledRules): Block[] {
  const lines = text.replace(/^\uFEFF/, "").split(LINE_BREAK_RE);
  const blocks: Block[] = [];
  let group = 0;
  // The block that a following non-blank, non-marker line continues; null after a blank line.
  let current: (Block & { lines: string[] }) | null = null;
  const close = () => {
    if (current && current.kind === "sentence" && current.lines.length > 1) {
      blocks.push(...splitDeliberateBreaks(current, r));
    } else if (current) {
      blocks.push(current);
    }
    current = null;
  };
  for (const line of lines) {
    if (line.trim() === "") {
      close();
      continue;
    }
    if (HEADING_RE.test(line)) {
      // A heading is one line and its own paragraph; whatever follows starts a new one.
      close();
      blocks.push({ kind: "heading", text: line, marker: "", group: ++group });
      continue;
    }
    const list = LIST_RE.exec(line);
    if (list) {
      const sameList: boolean = current !== null && current.kind === "list-item";
      close();
      current = { kind: "list-item", text: line, marker: list[0], group: sameList ? group : ++group, lines: [line] };
    } else if (current && (mode === "blank" || (current.kind === "list-item" && /^\s/.test(line)))) {
      // Single newlines inside a paragraph (or markdown's lazy continuation of a list item) are
      // just line wrapping; with a paragraph per line, only an indented line continues an item.
      current.text += "\n" + line;
      current.lines.push(line);
    } else {
      close();
      current = { kind: "sentence", text: line, marker: "", group: ++group, lines: [line] };
    }
  }
  close();
  return blocks;
}

/**
 * Within a wrapped paragraph, a line without a terminator that stops short of the paragraph's
 * width is its own segment (same paragraph): the writer broke it, not the wrapping.
 */
function splitDeliberateBreaks(block: Block & { lines: string[] }, r: CompiledRules): Block[] {
  const lines = block.lines.map((l) => l.trim());
  const width = Math.max(...lines.map((l) => l.length));
  const out: Block[] = [];
  let piece: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    piece.push(lines[i]);
    if (i === lines.length - 1) break;
    const line = lines[i];
    const nextWord = lines[i + 1].split(" ", 1)[0];
    const brokenOnPurpose =
      !endsInTerminator(line, r) && !CONTINUES_RE.test(line) && line.length + 1 + nextWord.length <= width * DELIBERATE_BREAK_SHARE;
    if (brokenOnPurpose) {
      out.push({ kind: "sentence", text: piece.join("\n"), marker: "", group: block.group });
      piece = [];
    }
  }
  out.push({ kind: "sentence", text: piece.join("\n"), marker: "", group: block.group });
  return out;
}

function segmentDocument(text: string, rules: SegmentRules, mode: ParagraphMode): Segment[] {
  const compiled = compile(rules);
  const resolved = mode === "auto" ? detectParagraphMode(text, rules) : mode;
  const out: Segment[] = [];
  let paragraph = -1;
  let lastGroup = -1;
  for (const block of splitBlocks(text, resolved, compiled)) {
    const normal = normaliseText(block.text);
    if (normal === "") continue;
    const texts = block.kind === "heading" ? [normal] : splitSentences(normal, markerLength(normal, block.marker), compiled);
    if (texts.length === 0) continue;
    if (block.group !== lastGroup) {
      paragraph++;
      lastGroup = block.group;
    }
    for (const t of texts) out.push({ text: t, paragraph, kind: block.kind });
  }
  return out;
}

function markerLength(normal: string, marker: string): number {
  if (marker === "") return 0;
  const m = normaliseText(marker);
  return normal.startsWith(m) ? m.length : 0;
}

interface CompiledRules {
  terminators: Set<string>;
  closers: Set<string>;
  abbreviations: Set<string>;
  neverSplit: Set<string>;
  starters: Set<string>;
  lowercaseGuard: Set<string>;
}

const compiledCache = new WeakMap<SegmentRules, CompiledRules>();

function compile(rules: SegmentRules): CompiledRules {
  const cached = compiledCache.get(rules);
  if (cached) return cached;
  const norm = (xs: readonly string[]) => new Set(xs.map(normaliseText));
  const compiled: CompiledRules = {
    terminators: new Set(rules.terminators),
    closers: new Set(rules.closers),
    abbreviations: norm(rules.abbreviations),
    neverSplit: new Set([...norm(rules.titles), ...norm(rules.initials)]),
    starters: norm(rules.sentenceStarters),
    lowercaseGuard: new Set(rules.noSplitBeforeLowercase),
  };
  compiledCache.set(rules, compiled);
  return compiled;
}

const OPENERS = new Set(["(", "[", "{", '"', "'", "“", "‘", "«"]);
const MAX_TOKEN = 40;
// Short dotted parts with no digits: "ई.पू.", "U.S.A.", "ए.पी.जे.", "Ph.D."
const DOTTED_ABBREVIATION_RE = /^(?:[\p{L}\p{M}]{1,5}\.){2,}$/u;
const HAS_LETTER_RE = /[\p{L}]/u;

const isSpace = (ch: string) => ch === " ";

/**
 * One left-to-right pass over an already normalised (single-spaced) block. Each candidate
 * boundary looks back over one token and ahead over one word at most, so the work stays linear.
 */
function splitSentences(text: string, from: number, r: CompiledRules): string[] {
  const out: string[] = [];
  const n = text.length;
  let start = 0;
  let i = from;
  while (i < n) {
    if (!r.terminators.has(text[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && r.terminators.has(text[j])) j++;
    let k = j;
    while (k < n && r.closers.has(text[k])) k++;
    if (k === n || isSpace(text[k])) {
      if (isBoundary(text, start, i, j, k, r)) {
        push(out, text.slice(start, k).trim());
        start = k;
      }
    }
    i = k;
  }
  push(out, text.slice(start).trim());
  return out;
}

function push(out: string[], piece: string) {
  if (piece === "") return;
  // Verse numbers ("॥ १ ॥") and stray punctuation are not sentences of their own.
  if (out.length > 0 && !HAS_LETTER_RE.test(piece)) out[out.length - 1] += " " + piece;
  else out.push(piece);
}

function isBoundary(text: string, start: number, i: number, j: number, k: number, r: CompiledRules): boolean {
  const run = text.slice(i, j);
  const next = nextWord(text, k);
  if (r.lowercaseGuard.has(run[0]) && /^[("'“‘«[]*[a-z]/.test(next)) return false;
  if (run !== ".") return true;
  const token = tokenBefore(text, start, j);
  if (r.neverSplit.has(token)) return false;
  if (r.abbreviations.has(token) || isDottedAbbreviation(token)) return r.starters.has(stripPunctuation(next));
  return true;
}

/** The whitespace-delimited token ending at `end` (exclusive), without opening quotes/brackets. */
function tokenBefore(text: string, start: number, end: number): string {
  let b = end;
  while (b > start && !isSpace(text[b - 1])) {
    if (end - b > MAX_TOKEN) return "";
    b--;
  }
  while (b < end && OPENERS.has(text[b])) b++;
  return text.slice(b, end);
}

function nextWord(text: string, k: number): string {
  let a = k;
  while (a < text.length && isSpace(text[a])) a++;
  let b = a;
  while (b < text.length && !isSpace(text[b]) && b - a <= MAX_TOKEN) b++;
  return text.slice(a, b);
}

function stripPunctuation(word: string): string {
  return word.replace(/^[("'“‘«[]+/, "").replace(/[,;:]+$/, "");
}

function isDottedAbbreviation(token: string): boolean {
  // URLs, e-mail addresses and host names end sentences like any other word.
  if (/[/@:]/.test(token) || token.toLowerCase().startsWith("www.")) return false;
  return token.length <= MAX_TOKEN && DOTTED_ABBREVIATION_RE.test(token);
}
