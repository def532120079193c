import { describe, expect, it } from "vitest";
import { errorOf } from "@/lib/errors.test-helpers";
import { csvToGlossary, glossaryToCsv } from "./csv-format";
import type { GlossaryEntryInput } from "./types";

const entries: GlossaryEntryInput[] = [
  {
    id: "1",
    hindi: "किसान",
    english: [
      { text: "farmer", status: "preferred" },
      { text: "peasant", status: "forbidden" },
    ],
    partOfSpeech: "noun",
    note: 'Use "farmer", never "peasant"',
  },
  { id: "2", hindi: "आधार", english: [{ text: "Aadhaar", status: "do-not-translate" }], partOfSpeech: null, note: null },
  { id: "3", hindi: "चलना", english: [{ text: "walk", status: "preferred" }], partOfSpeech: "verb", note: "line one\nline two" },
  { id: "4", hindi: "चलना", english: [{ text: "-ism, odd", status: "preferred" }], partOfSpeech: "noun", note: null },
];

const withoutIds = (list: GlossaryEntryInput[]) => list.map(({ id: _id, ...rest }) => rest);

describe("glossary CSV", () => {
  it("writes one row per English alternative under the fixed header", () => {
    const csv = glossaryToCsv(entries);
    expect(csv.split("\r\n")[0]).toBe("hindi,english,status,part_of_speech,note");
    expect(csv.split("\r\n")[1]).toBe('किसान,farmer,preferred,noun,"Use ""farmer"", never ""peasant"""');
  });

  it("round-trips, grouping by Hindi term and part of speech", () => {
    const back = csvToGlossary(glossaryToCsv(entries));
    expect(withoutIds(back)).toEqual(withoutIds(entries));
    expect(back.map((e) => e.id)).toEqual(["csv-2", "csv-4", "csv-5", "csv-7"]);
  });

  it("accepts an empty status as preferred, any header case and blank lines", () => {
    const back = csvToGlossary("Hindi,English,Status,Part_of_speech,Note\n\nनदी,river,,,\n");
    expect(back).toEqual([
      { id: "csv-3", hindi: "नदी", english: [{ text: "river", status: "preferred" }], partOfSpeech: null, note: null },
    ]);
  });

  it("stores a recognised part_of_speech in Setu's spelling and groups rows by it", () => {
    const back = csvToGlossary(
      "hindi,english,status,part_of_speech,note\nनदी,river,,Noun (f),\nनदी,stream,,noun-f,\nपढ़ना,to read,,V.,\nजल्दी,soon,,idiom,\n",
    );
    expect(back.map((e) => [e.hindi, e.partOfSpeech, e.english.length])).toEqual([
      ["नदी", "noun-f", 2],
      ["पढ़ना", "verb", 1],
      ["जल्दी", "idiom", 1],
    ]);
  });

  it.each([
    ["hindi,english\nक,k", "line 1", "header"],
    ["hindi,english,status,part_of_speech,note\nक,k,preferred,,\nख,kh,preferred", "line 3", "columns"],
    ["hindi,english,status,part_of_speech,note\n,k,preferred,,", "line 2", "hindi"],
    ["hindi,english,status,part_of_speech,note\nक, ,preferred,,", "line 2", "english"],
    ["hindi,english,status,part_of_speech,note\nक,k,banned,,", "line 2", "status"],
    ["hindi,english,status,part_of_speech,note\nक,k,preferred,,a\nक,k2,preferred,,b", "line 3", "note"],
  ])("rejects %j naming %s", (csv, line, word) => {
    const e = errorOf(() => csvToGlossary(csv));
    expect(e.code).toBe("MALFORMED_FILE");
    expect(e.message).toContain(line);
    expect(e.message).toContain(word);
  });

  it("rejects an empty file", () => {
    expect(errorOf(() => csvToGlossary("")).code).toBe("EMPTY_TEXT");
  });
});
