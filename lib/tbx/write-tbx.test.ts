import { describe, expect, it } from "vitest";
import type { GlossaryEntryInput } from "@/lib/glossary/types";
import { readTbx } from "./read-tbx";
import { writeTbx } from "./write-tbx";

const entries: GlossaryEntryInput[] = [
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
];

describe("writeTbx", () => {
  it("writes TBX-Basic v2 with statuses, part of speech and definition", () => {
    const xml = writeTbx(entries);
    expect(xml).toContain('<martif type="TBX-Basic" xml:lang="en">');
    expect(xml).not.toContain("<!DOCTYPE");
    expect(xml).toContain('<langSet xml:lang="hi">');
    expect(xml).toContain('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    expect(xml).toContain('<termNote type="partOfSpeech">noun</termNote>');
    expect(xml).toContain("<descrip type=\"definition\">Agricultural worker &amp; landholder.\nSee &lt;policy&gt;.</descrip>");
    expect(xml).toContain("<note>setu:do-not-translate</note>");
  });

  it("drops characters XML 1.0 cannot carry instead of writing an unreadable file", () => {
    const xml = writeTbx([{ id: "x", hindi: "क\u0001", english: [{ text: "k\u0008", status: "preferred" }] }]);
    expect(readTbx(xml)[0]).toMatchObject({ hindi: "क", english: [{ text: "k" }] });
  });
});

