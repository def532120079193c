/**
 * Normalisation of Hindi (and the odd Latin word) for term matching. Spelling in real Hindi text
 * varies in ways that do not change the word: nukta on borrowed sounds (ज़मीन/जमीन), chandrabindu
 * versus anusvara (माँ/मां), anusvara versus a nasal consonant + virama (हिंदी/हिन्दी), invisible
 * joiners. Those are folded. Vowel length (दिन/दीन) and ड़/ढ़ versus ड/ढ are NOT folded: they tell
 * different words apart (पड़ना ≠ पडना is a typo, not a variant; सड़क has no nukta-less spelling).
 */

export interface FoldResult {
  folded: string;
  /** map[i] = UTF-16 offset in the original of folded char i; map[folded.length] = original length. */
  map: number[];
}

/** Like FoldResult plus, per folded char, the original offset just after the source of that char. */
export interface DetailedFold extends FoldResult {
  ends: number[];
}

const VIRAMA = 0x094d;
const NUKTA = 0x093c;
const ANUSVARA = 0x0902;
const CHANDRABINDU = 0x0901;
const DDA = 0x0921;
const DDHA = 0x0922;

// Precomposed nukta letters (NFC decomposes 0958–095F, but text pasted from old fonts may carry them).
const NUKTA_LETTERS = new Map<number, number>([
  [0x0929, 0x0928], // ऩ
  [0x0931, 0x0930], // ऱ
  [0x0934, 0x0933], // ऴ
  [0x0958, 0x0915], // क़
  [0x0959, 0x0916], // ख़
  [0x095a, 0x0917], // ग़
  [0x095b, 0x091c], // ज़
  [0x095e, 0x092b], // फ़
  [0x095f, 0x092f], // य़
]);

// Homorganic nasal → first and last consonant of its class (क-वर्ग … प-वर्ग). Only these pairs are
// written either way; न्ह, म्ह, न्य are not (तुम्हारा is never तुंहारा), so they stay as written.
const NASAL_CLASS = new Map<number, [number, number]>([
  [0x0919, [0x0915, 0x0918]], // ङ: क ख ग घ
  [0x091e, [0x091a, 0x091d]], // ञ: च छ ज झ
  [0x0923, [0x091f, 0x0922]], // ण: ट ठ ड ढ
  [0x0928, [0x0924, 0x0927]], // न: त थ द ध
  [0x092e, [0x092a, 0x092d]], // म: प फ ब भ
]);

function isSpaceLike(cp: number): boolean {
  return (
    cp === 0x20 ||
    cp === 0x09 ||
    cp === 0x0a ||
    cp === 0x0d ||
    cp === 0x0b ||
    cp === 0x0c ||
    cp === 0xa0 ||
    cp === 0x2d ||
    (cp >= 0x2010 && cp <= 0x2011) ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0x1680 ||
    cp === 0x2028 ||
    cp === 0x2029
  );
}

function isInvisible(cp: number): boolean {
  // ZWNJ, ZWJ, soft hyphen, word joiner, BOM: they change rendering, never the word.
  return cp === 0x200c || cp === 0x200d || cp === 0xad || cp === 0x2060 || cp === 0xfeff;
}

class Folder {
  chars: number[] = [];
  map: number[] = [];
  ends: number[] = [];

  push(cp: number, start: number, end: number) {
    this.chars.push(cp);
    this.map.push(start);
    this.ends.push(end);
  }

  /** A dropped mark belongs to the char before it, so a match ending there still covers it. */
  absorb(end: number) {
    const last = this.ends.length - 1;
    if (last >= 0 && this.chars[last] !== 0x20) this.ends[last] = end;
  }

  add(cp: number, start: number, end: number) {
    const prev = this.chars.length > 0 ? this.chars[this.chars.length - 1] : -1;
    if (isSpaceLike(cp)) {
      if (prev === 0x20) this.ends[this.ends.length - 1] = end;
      else this.push(0x20, start, end);
      return;
    }
    if (isInvisible(cp)) return this.absorb(end);
    if (cp === NUKTA) {
      if (prev === DDA || prev === DDHA) this.push(cp, start, end);
      else this.absorb(end);
      return;
    }
    if (cp === CHANDRABINDU) return this.push(ANUSVARA, start, end);
    const withoutNukta = NUKTA_LETTERS.get(cp);
    if (withoutNukta !== undefined) return this.push(withoutNukta, start, end);
    if (cp === 0x095c || cp === 0x095d) {
      // ड़ and ढ़ keep their nukta: they are distinct letters, not spelling variants.
      this.push(cp === 0x095c ? DDA : DDHA, start, end);
      this.push(NUKTA, start, end);
      return;
    }
    if (cp >= 0x0966 && cp <= 0x096f) return this.push(cp - 0x0966 + 0x30, start, end);
    if (cp >= 0x41 && cp <= 0x5a) return this.push(cp + 0x20, start, end);
    if (cp >= 0xc0 && cp < 0x2000) {
      const lower = String.fromCodePoint(cp).toLowerCase();
      if (lower.length === 1) return this.push(lower.charCodeAt(0), start, end);
    }
    this.push(cp, start, end);
  }

  /** हिन्दी → हिंदी: homorganic nasal + virama before a consonant of its class becomes anusvara. */
  foldNasals() {
    const { chars, map, ends } = this;
    let w = 0;
    for (let r = 0; r < chars.length; r++) {
      const range = NASAL_CLASS.get(chars[r]);
      const next = chars[r + 2];
      if (range && chars[r + 1] === VIRAMA && next >= range[0] && next <= range[1]) {
        chars[w] = ANUSVARA;
        map[w] = map[r];
        ends[w] = ends[r + 1];
        w++;
        r++;
        continue;
      }
      chars[w] = chars[r];
      map[w] = map[r];
      ends[w] = ends[r];
      w++;
    }
    chars.length = w;
    map.length = w;
    ends.length = w;
  }
}

function addCodePoints(folder: Folder, text: string, startOf: (i: number, n: number) => [number, number]) {
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const n = cp > 0xffff ? 2 : 1;
    const [s, e] = startOf(i, n);
    folder.add(cp, s, e);
    i += n;
  }
}

export function foldHindiDetailed(text: string): DetailedFold {
  const folder = new Folder();
  if (text.normalize("NFC") === text) {
    addCodePoints(folder, text, (i, n) => [i, i + n]);
  } else {
    // NFC can reorder or merge marks, so offsets are only exact per base+marks cluster; word
    // boundaries (the only places a match starts or ends) are always cluster boundaries.
    for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
      const start = m.index;
      const end = start + m[0].length;
      addCodePoints(folder, m[0].normalize("NFC"), () => [start, end]);
    }
  }
  folder.foldNasals();
  const folded = fromCodePoints(folder.chars);
  return finish(folded, folder, text.length);
}

function fromCodePoints(cps: number[]): string {
  // Spreading a long array into fromCodePoint overflows the call stack on book-length input.
  let out = "";
  for (let i = 0; i < cps.length; i += 4096) out += String.fromCodePoint(...cps.slice(i, i + 4096));
  return out;
}

function finish(folded: string, folder: Folder, length: number): DetailedFold {
  // Astral chars occupy two code units in `folded`; repeat their offsets so map stays per code unit.
  if (folded.length === folder.chars.length) {
    return { folded, map: [...folder.map, length], ends: folder.ends };
  }
  const map: number[] = [];
  const ends: number[] = [];
  folder.chars.forEach((cp, k) => {
    const units = cp > 0xffff ? 2 : 1;
    for (let u = 0; u < units; u++) {
      map.push(folder.map[k]);
      ends.push(folder.ends[k]);
    }
  });
  map.push(length);
  return { folded, map, ends };
}

/**
 * The folded text without building it character by character, for the common text in which
 * folding changes nothing but chandrabindu (to anusvara), or null when other rules apply. Such text
 * holds only characters that foldHindiText keeps (lowercase Latin, ASCII digits and punctuation
 * other than the hyphen, single spaces, Devanagari letters and signs other than precomposed nukta
 * letters, digits and a nukta not after ड/ढ) with no nasal + virama before a consonant of its
 * class. None of those has a canonical decomposition or composes with a neighbour, and the nukta
 * (after a letter) and virama are their only marks with a non-zero combining class, in canonical
 * order, so such text is NFC too.
 */
export function foldHindiSimple(text: string): string | null {
  let chandrabindu = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x20) {
        if (i > 0 && text.charCodeAt(i - 1) === 0x20) return null;
      } else if (c < 0x20 || c === 0x2d || (c >= 0x41 && c <= 0x5a) || c === 0x7f) {
        return null;
      }
    } else if (c >= 0x0900 && c <= 0x097f) {
      if (c === CHANDRABINDU) chandrabindu = true;
      else if (c === NUKTA) {
        const prev = text.charCodeAt(i - 1);
        if (prev !== DDA && prev !== DDHA) return null;
      } else if (c === 0x0929 || c === 0x0931 || c === 0x0934 || (c >= 0x0951 && c <= 0x095f) || (c >= 0x0966 && c <= 0x096f)) {
        return null;
      } else if (c === VIRAMA && i > 0) {
        // NASAL_CLASS without a lookup per virama: each nasal's class is the four letters before it.
        const nasal = text.charCodeAt(i - 1);
        const next = text.charCodeAt(i + 1);
        if (
          (nasal === 0x0919 || nasal === 0x091e || nasal === 0x0923 || nasal === 0x0928 || nasal === 0x092e) &&
          next >= nasal - 4 &&
          next < nasal
        ) {
          return null;
        }
      }
    } else {
      return null;
    }
  }
  return chandrabindu ? text.replaceAll("\u0901", "\u0902") : text;
}

/**
 * Only the folded text of foldHindi, without the offset maps: for callers that compare or hash
 * folded text (QA's consistency keys, the number-word table), which fold every unit of a document.
 * The same rules as Folder.add and foldNasals, on code points (tested against foldHindi).
 */
export function foldHindiText(text: string): string {
  const simple = foldHindiSimple(text);
  if (simple !== null) return simple;
  if (text.normalize("NFC") !== text) return foldHindiDetailed(text).folded;
  const out: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    // Most characters are plain Devanagari letters and signs or lowercase Latin: kept as they are.
    if ((cp >= 0x0905 && cp <= 0x094d && cp !== NUKTA && cp !== 0x0929 && cp !== 0x0931 && cp !== 0x0934) || (cp >= 0x61 && cp <= 0x7a)) {
      out.push(cp);
      continue;
    }
    const prev = out.length > 0 ? out[out.length - 1] : -1;
    if (isSpaceLike(cp)) {
      if (prev !== 0x20) out.push(0x20);
    } else if (isInvisible(cp)) {
      // dropped
    } else if (cp === NUKTA) {
      if (prev === DDA || prev === DDHA) out.push(cp);
    } else if (cp === CHANDRABINDU) {
      out.push(ANUSVARA);
    } else if (NUKTA_LETTERS.has(cp)) {
      out.push(NUKTA_LETTERS.get(cp) as number);
    } else if (cp === 0x095c || cp === 0x095d) {
      out.push(cp === 0x095c ? DDA : DDHA, NUKTA);
    } else if (cp >= 0x0966 && cp <= 0x096f) {
      out.push(cp - 0x0966 + 0x30);
    } else if (cp >= 0x41 && cp <= 0x5a) {
      out.push(cp + 0x20);
    } else if (cp >= 0xc0 && cp < 0x2000) {
      const lower = String.fromCodePoint(cp).toLowerCase();
      out.push(lower.length === 1 ? lower.charCodeAt(0) : cp);
    } else {
      out.push(cp);
    }
  }
  let w = 0;
  for (let r = 0; r < out.length; r++) {
    const range = out[r + 1] === VIRAMA ? NASAL_CLASS.get(out[r]) : undefined;
    const next = out[r + 2];
    if (range && next >= range[0] && next <= range[1]) {
      out[w++] = ANUSVARA;
      r++;
      continue;
    }
    out[w++] = out[r];
  }
  out.length = w;
  return fromCodePoints(out);
}

export function foldHindi(text: string): FoldResult {
  const { folded, map } = foldHindiDetailed(text);
  return { folded, map };
}

/**
 * The folded form of one short word (a glossary term or one of its inflections). Most Hindi words
 * contain nothing that folding changes, so they are returned as they are without building the
 * offset maps of foldHindiDetailed.
 */
export function foldWord(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const plain =
      (c >= 0x0900 &&
        c <= 0x097f &&
        c !== 0x0901 &&
        c !== NUKTA &&
        c !== VIRAMA &&
        !(c in NUKTA_LETTERS) &&
        !(c >= 0x0958 && c <= 0x096f)) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39);
    if (!plain) return foldHindiDetailed(word).folded;
  }
  return word;
}
