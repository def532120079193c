/** Word tokens of a folded text (see fold.ts); offsets are into the folded string. */
export interface FoldedToken {
  start: number;
  end: number;
  word: string;
  /** Only a single space (folded whitespace or hyphen) separates this token from the previous one. */
  joined: boolean;
}

const DANDA = 0x0964;
const DOUBLE_DANDA = 0x0965;
const ABBREVIATION = 0x0970;
const OTHER_WORD = /[\p{L}\p{M}\p{N}]/u;

export function isWordChar(code: number): boolean {
  if (code >= 0x0900 && code <= 0x097f) {
    return code !== DANDA && code !== DOUBLE_DANDA && code !== ABBREVIATION;
  }
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  if (code === 0x200d || code === 0x200c) return true;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return OTHER_WORD.test(String.fromCharCode(code));
}

export function tokenizeFolded(folded: string): FoldedToken[] {
  const tokens: FoldedToken[] = [];
  let prevEnd = -1;
  for (let i = 0; i < folded.length; ) {
    if (!isWordChar(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < folded.length && isWordChar(folded.charCodeAt(i))) i++;
    const joined = prevEnd >= 0 && start - prevEnd === 1 && folded.charCodeAt(prevEnd) === 0x20;
    tokens.push({ start, end: i, word: folded.slice(start, i), joined });
    prevEnd = i;
  }
  return tokens;
}
