import { describe, expect, it } from "vitest";
import { escapeXmlAttr, escapeXmlText, formatTmxDate, type TmxUnitInput, tmxFooter, tmxHeader, tmxLang, tmxUnit } from "./writer";

const date = new Date(Date.UTC(2026, 0, 5, 7, 8, 9));

function unit(overrides: Partial<TmxUnitInput> = {}): TmxUnitInput {
  return {
    tuid: "seg-1",
    srcLang: "hi-IN",
    tgtLang: "en-US",
    source: "नमस्ते।",
    target: "Hello.",
    creationDate: date,
    changeDate: new Date(Date.UTC(2026, 11, 31, 23, 59, 59)),
    props: [],
    ...overrides,
  };
}

describe("formatTmxDate", () => {
  it("writes ISO 8601 basic format in UTC", () => {
    expect(formatTmxDate(date)).toBe("20260105T070809Z");
    // 05:30 in India is still the previous day's 23:59 UTC.
    expect(formatTmxDate(new Date("2026-03-01T05:29:59+05:30"))).toBe("20260228T235959Z");
  });
});

describe("tmxLang", () => {
  it("turns underscores into hyphens and normalises case", () => {
    expect(tmxLang("hi_IN", false)).toBe("hi-IN");
    expect(tmxLang("EN_us", false)).toBe("en-US");
    expect(tmxLang("sr_latn_rs", false)).toBe("sr-Latn-RS");
  });
  it("returns the bare language when asked", () => {
    expect(tmxLang("hi_IN", true)).toBe("hi");
    expect(tmxLang("en-US", true)).toBe("en");
    expect(tmxLang("hi", true)).toBe("hi");
  });
});

describe("escaping", () => {
  it("escapes the five XML specials in text and attributes", () => {
    expect(escapeXmlText(`a & b < c > d "e" 'f'`)).toBe("a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
    expect(escapeXmlAttr(`x"y'&<`)).toBe("x&quot;y&apos;&amp;&lt;");
  });
  it("keeps whitespace in attributes as character references", () => {
    expect(escapeXmlAttr("a\tb\nc\rd")).toBe("a&#9;b&#10;c&#13;d");
  });
  it("removes characters XML 1.0 cannot carry", () => {
    expect(escapeXmlText("a\u0000b\u0007c\u000Bd\u001Fe\uFFFEf\uFFFFg")).toBe("abcdefg");
    expect(escapeXmlText("lone \uD800 high, lone \uDC00 low")).toBe("lone  high, lone  low");
    expect(escapeXmlText("keeps\ttab and\nnewline")).toBe("keeps\ttab and\nnewline");
    expect(escapeXmlText("emoji 😀 stays")).toBe("emoji 😀 stays");
  });
});

describe("tmxHeader", () => {
  it("writes the declaration, no DOCTYPE, and every required header attribute", () => {
    const header = tmxHeader({ toolVersion: "0.1.0", srcLang: "hi_IN", creationDate: date });
    expect(header).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' +
        '<header creationtool="Setu" creationtoolversion="0.1.0" datatype="plaintext" segtype="sentence" ' +
        'adminlang="en-US" srclang="hi-IN" o-tmf="Setu" creationdate="20260105T070809Z"/>\n<body>\n',
    );
    expect(header).not.toContain("DOCTYPE");
  });
  it("accepts adminlang and o-tmf overrides", () => {
    const header = tmxHeader({ toolVersion: "1", srcLang: "hi", adminLang: "hi_IN", oTmf: "Setu & Co", creationDate: date });
    expect(header).toContain('adminlang="hi-IN"');
    expect(header).toContain('o-tmf="Setu &amp; Co"');
  });
});

describe("tmxUnit", () => {
  it("writes a minimal unit", () => {
    expect(tmxUnit(unit())).toBe(
      '<tu tuid="seg-1" creationdate="20260105T070809Z" changedate="20261231T235959Z">\n' +
        '  <tuv xml:lang="hi-IN"><seg>नमस्ते।</seg></tuv>\n' +
        '  <tuv xml:lang="en-US"><seg>Hello.</seg></tuv>\n' +
        "</tu>\n",
    );
  });
  it("writes creationid and changeid only when present", () => {
    const withIds = tmxUnit(unit({ creationId: "asha", changeId: "ravi" }));
    expect(withIds).toContain('creationdate="20260105T070809Z" creationid="asha" changedate="20261231T235959Z" changeid="ravi"');
    expect(tmxUnit(unit({ creationId: null, changeId: null }))).not.toMatch(/creationid|changeid/);
  });
  it("marks multi-sentence units as paragraphs", () => {
    expect(tmxUnit(unit({ multiSentence: true }))).toMatch(/^<tu [^>]*segtype="paragraph">/);
    expect(tmxUnit(unit({ multiSentence: false }))).not.toContain("segtype");
  });
  it("puts notes before props, props before tuvs, and prefixes prop types", () => {
    const xml = tmxUnit(
      unit({
        notes: ["checked by <Ravi>"],
        props: [
          ["document", "Budget & plan"],
          ["x-other", "1"],
        ],
      }),
    );
    const note = xml.indexOf("<note>checked by &lt;Ravi&gt;</note>");
    const prop = xml.indexOf('<prop type="x-setu-document">Budget &amp; plan</prop>');
    const other = xml.indexOf('<prop type="x-other">1</prop>');
    const tuv = xml.indexOf("<tuv");
    expect(note).toBeGreaterThan(0);
    expect(prop).toBeGreaterThan(note);
    expect(other).toBeGreaterThan(prop);
    expect(tuv).toBeGreaterThan(other);
  });
  it("trims segments, strips control characters and escapes text", () => {
    const xml = tmxUnit(unit({ source: " \u0001 राम & श्याम \u0008\n", target: '\t"Ram" & <Shyam>  ', tgtLang: "en_US" }));
    expect(xml).toContain('<tuv xml:lang="hi-IN"><seg>राम &amp; श्याम</seg></tuv>');
    expect(xml).toContain('<tuv xml:lang="en-US"><seg>&quot;Ram&quot; &amp; &lt;Shyam&gt;</seg></tuv>');
  });
  it("escapes attribute values", () => {
    expect(tmxUnit(unit({ tuid: 'a"b<c' }))).toContain('tuid="a&quot;b&lt;c"');
  });
});

describe("tmxFooter", () => {
  it("closes body and tmx", () => {
    expect(tmxFooter()).toBe("</body>\n</tmx>\n");
  });
});
