/**
 * What each paragraph says in a translation delivered as a document (DOCX, SRT): the English of
 * the units that start in it, in order, with the Hindi of any unit whose English is not in the
 * export's scope, so that a half-translated paragraph reads as the translator left it. A paragraph
 * with no English in scope at all is left as it is (null); one whose sentences all belong to a unit
 * that started in an earlier paragraph (a merge across paragraphs) becomes empty.
 */
export interface ParagraphSentence {
  position: number;
  paragraph: number;
  text: string;
}

export interface ParagraphUnit {
  first: number;
  last: number;
  /** The English in the export's scope; empty when there is none. */
  english: string;
}

/** By paragraph index: the new text, or null to leave the paragraph untouched. */
export function paragraphTexts(sentences: ParagraphSentence[], units: ParagraphUnit[]): Map<number, string | null> {
  const byPosition = new Map(sentences.map((s) => [s.position, s]));
  const parts = new Map<number, { texts: string[]; hasEnglish: boolean }>();
  const coveredByEnglish = new Set<number>();
  for (const unit of [...units].sort((a, b) => a.first - b.first)) {
    const start = byPosition.get(unit.first);
    if (!start) continue;
    const english = unit.english.trim();
    const entry = parts.get(start.paragraph) ?? { texts: [], hasEnglish: false };
    if (english) {
      entry.texts.push(english);
      entry.hasEnglish = true;
    } else {
      const hindi: string[] = [];
      for (let p = unit.first; p <= unit.last; p++) {
        const s = byPosition.get(p);
        if (s) hindi.push(s.text);
      }
      entry.texts.push(hindi.join(" "));
    }
    parts.set(start.paragraph, entry);
    for (let p = unit.first; p <= unit.last; p++) {
      const s = byPosition.get(p);
      if (s && s.paragraph !== start.paragraph && english) coveredByEnglish.add(s.paragraph);
    }
  }
  const result = new Map<number, string | null>();
  for (const s of sentences) {
    if (result.has(s.paragraph)) continue;
    const entry = parts.get(s.paragraph);
    if (entry?.hasEnglish) result.set(s.paragraph, entry.texts.join(" "));
    else if (!entry && coveredByEnglish.has(s.paragraph)) result.set(s.paragraph, "");
    else result.set(s.paragraph, null);
  }
  return result;
}
