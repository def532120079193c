import type { GlossaryEntryInput } from "@/lib/glossary/types";

/** Entries covering every status, a multi-word term, markup and a newline in a note, gendered and verb parts of speech. */
export const tbxEntries: GlossaryEntryInput[] = [
  {
    id: "kisan",
    hindi: "किसान",
    english: [
      { text: "farmer", status: "preferred" },
      { text: "peasant", status: "forbidden" },
    ],
    partOfSpeech: "noun",
    note: "Agricultural worker & landholder.\nSee <policy>.",
  },
  { id: "aadhaar", hindi: "आधार", english: [{ text: "Aadhaar", status: "do-not-translate" }], partOfSpeech: null, note: null },
  {
    id: "goi",
    hindi: "भारत सरकार",
    english: [
      { text: "Government of India", status: "preferred" },
      { text: 'the "Centre"', status: "preferred" },
    ],
    partOfSpeech: "properNoun",
    note: null,
  },
  { id: "nadi", hindi: "नदी", english: [{ text: "river", status: "preferred" }], partOfSpeech: "noun-f", note: null },
  { id: "kahna", hindi: "कहना", english: [{ text: "to state", status: "preferred" }], partOfSpeech: "verb", note: null },
];
