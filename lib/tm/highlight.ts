/**
 * The parts of a text that a concordance search found, for marking them: every occurrence of the
 * query (spaces collapsed; Latin letters compared without case), in order, as hit parts between
 * plain ones. The search itself also finds folded spellings (ज़मीन for जमीन); those hits are listed
 * without a mark rather than marked in the wrong place.
 */
export interface TextPart {
  text: string;
  hit: boolean;
}

export function highlightParts(text: string, query: string): TextPart[] {
  const q = query.normalize("NFC").trim().replace(/\s+/g, " ");
  if (q === "") return [{ text, hit: false }];
  const lower = text.toLowerCase();
  // Lower-casing that changes a length (a few non-ASCII letters) would shift the offsets: compare as written then.
  const haystack = lower.length === text.length ? lower : text;
  const needle = lower.length === text.length ? q.toLowerCase() : q;
  const parts: TextPart[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at >= 0 && needle.length > 0; at = haystack.indexOf(needle, from)) {
    if (at > from) parts.push({ text: text.slice(from, at), hit: false });
    parts.push({ text: text.slice(at, at + needle.length), hit: true });
    from = at + needle.length;
  }
  if (from < text.length || parts.length === 0) parts.push({ text: text.slice(from), hit: false });
  return parts;
}
