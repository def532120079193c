/**
 * The running text of a document by paragraph, for reading the translation as a text (the editor's
 * "Read as text"): each paragraph's Hindi sentences, and the English of the units that start in it
 * (a unit spanning a paragraph break belongs to the paragraph it starts in, as the editor draws it).
 */
export interface ReadingParagraph {
  paragraph: number;
  hindi: string;
  english: string;
  /** Units of the paragraph without English yet (shown as a gap, not silently left out). */
  untranslated: number;
}

export function paragraphsOf(
  sentences: readonly { position: number; paragraph: number; text: string }[],
  units: readonly { first: number; english: string }[],
): ReadingParagraph[] {
  const paragraphOf = new Map(sentences.map((s) => [s.position, s.paragraph]));
  const byParagraph = new Map<number, { hindi: string[]; english: string[]; untranslated: number }>();
  const at = (p: number) => {
    let entry = byParagraph.get(p);
    if (!entry) {
      entry = { hindi: [], english: [], untranslated: 0 };
      byParagraph.set(p, entry);
    }
    return entry;
  };
  for (const s of [...sentences].sort((a, b) => a.position - b.position)) at(s.paragraph).hindi.push(s.text);
  for (const u of [...units].sort((a, b) => a.first - b.first)) {
    const entry = at(paragraphOf.get(u.first) ?? 0);
    const english = u.english.trim();
    if (english) entry.english.push(english);
    else entry.untranslated++;
  }
  return [...byParagraph.entries()]
    .sort(([a], [b]) => a - b)
    .map(([paragraph, e]) => ({ paragraph, hindi: e.hindi.join(" "), english: e.english.join(" "), untranslated: e.untranslated }));
}
