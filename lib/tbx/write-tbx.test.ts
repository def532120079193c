import { describe, expect, it } from "vitest";
import { tbxEntries } from "./fixtures.test-helpers";
import { readTbx } from "./read-tbx";
import { writeTbx } from "./write-tbx";

const entries = tbxEntries;

describe("writeTbx", () => {
  it("writes TBX-Basic v2 with statuses, part of speech and definition", () => {
    const xml = writeTbx(entries);
    expect(xml).toContain('<martif type="TBX-Basic" xml:lang="en">');
    expect(xml).not.toContain("<!DOCTYPE");
    expect(xml).toContain('<langSet xml:lang="hi">');
    expect(xml).toContain('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    expect(xml).toContain('<termNote type="partOfSpeech">noun</termNote>');
    expect(xml).toContain('<descrip type="definition">Agricultural worker &amp; landholder.\nSee &lt;policy&gt;.</descrip>');
    expect(xml).toContain("<note>setu:do-not-translate</note>");
  });

  it("drops characters XML 1.0 cannot carry instead of writing an unreadable file", () => {
    const xml = writeTbx([{ id: "x", hindi: "क\u0001", english: [{ text: "k\u0008", status: "preferred" }] }]);
    expect(readTbx(xml)[0]).toMatchObject({ hindi: "क", english: [{ text: "k" }] });
  });
});
