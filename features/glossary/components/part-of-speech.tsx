import { useTranslations } from "next-intl";
import { termWords } from "@/lib/glossary/inflect";
import { entryWordClass, type PartOfSpeech, parsePartOfSpeech, partsOfSpeech, type WordClass } from "@/lib/glossary/part-of-speech";

const POS_KEY = {
  noun: "pos_noun",
  "noun-m": "pos_noun_m",
  "noun-f": "pos_noun_f",
  properNoun: "pos_properNoun",
  adjective: "pos_adjective",
  verb: "pos_verb",
  adverb: "pos_adverb",
  other: "pos_other",
} as const satisfies Record<PartOfSpeech, string>;

const CLASS_KEY = {
  noun: "pos_noun",
  masculine: "pos_noun_m",
  feminine: "pos_noun_f",
  proper: "pos_properNoun",
  adjective: "pos_adjective",
  verb: "pos_verb",
  "verb-or-noun": "pos_verbOrNoun",
  genitive: "pos_other",
  invariant: "pos_other",
} as const satisfies Record<WordClass, string>;

/** The class the matcher infers for a term without a part of speech (from its last word). */
function inferredClass(hindi: string): WordClass {
  const words = termWords(hindi);
  return entryWordClass(words.at(-1) ?? "", null);
}

/** The part of speech in the glossary list: Setu's label, the value as imported, or what is inferred. */
export function PartOfSpeechTag({ hindi, partOfSpeech }: { hindi: string; partOfSpeech: string }) {
  const t = useTranslations("glossary");
  const pos = parsePartOfSpeech(partOfSpeech);
  if (pos) return <span className="kind-tag">{t(POS_KEY[pos])}</span>;
  const inferred = t("posInferred", { pos: t(CLASS_KEY[inferredClass(hindi)]) });
  if (partOfSpeech.trim() === "") return <span className="kind-tag kind-tag-inferred">{inferred}</span>;
  return (
    <span className="kind-tag" title={t("posUnknown", { value: partOfSpeech })}>
      {partOfSpeech} · {inferred}
    </span>
  );
}

/** The part-of-speech choice of the entry form: automatic (shows what is inferred) or one of Setu's values. */
export function PartOfSpeechSelect({ hindi, value, onChange }: { hindi: string; value: string; onChange: (value: string) => void }) {
  const t = useTranslations("glossary");
  const known = value === "" || (partsOfSpeech as readonly string[]).includes(value);
  return (
    <label>
      {t("partOfSpeechLabel")}
      <select name="partOfSpeech" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("pos_auto", { pos: t(CLASS_KEY[inferredClass(hindi)]) })}</option>
        {partsOfSpeech.map((pos) => (
          <option key={pos} value={pos}>
            {t(POS_KEY[pos])}
          </option>
        ))}
        {!known && <option value={value}>“{value}”</option>}
      </select>
    </label>
  );
}
