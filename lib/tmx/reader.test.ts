import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseTmxDate, readTmx, type TmxEvent, type TmxReadUnit } from "./reader";
import { tmxFooter, tmxHeader, tmxUnit } from "./writer";

async function* chunksOf(text: string, size = text.length): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function readAll(text: string, size?: number, maxBytes?: number) {
  const events: TmxEvent[] = [];
  for await (const event of readTmx(chunksOf(text, size), { maxBytes })) events.push(event);
  const header = events.find((e) => e.kind === "header");
  const units = events.flatMap((e) => (e.kind === "unit" ? [e.unit] : []));
  return { events, header: header?.kind === "header" ? header.header : null, units };
}

async function failure(text: string, maxBytes?: number): Promise<AppError> {
  try {
    await readAll(text, undefined, maxBytes);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected readTmx to fail");
}

const tmx11 = `<?xml version="1.0"?>
<tmx version="1.1">
<header creationtool="Old" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="EN-US" srclang="HI-IN" datatype="plaintext"/>
<body>
<tu tuid="7" creationdate="19990423T120000Z"><note>old note</note>
<tuv lang="HI-IN"><seg>पुराना वाक्य।</seg></tuv>
<tuv lang="EN-US"><seg>An old sentence.</seg></tuv></tu>
</body></tmx>`;

const tmx14Inline = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
<header creationtool="CAT" creationtoolversion="9" segtype="sentence" o-tmf="cat" adminlang="en-US" srclang="hi-IN" datatype="html">
<prop type="x-header">ignored</prop>
</header>
<body>
<tu tuid="a1" changedate="20240229T101112Z" changeid="meera">
<prop type="x-project">Budget</prop><prop type="x-client">Ministry &amp; Co</prop>
<tuv xml:lang="hi-IN"><prop type="x-tuv">ignored</prop><seg><bpt i="1">&lt;b&gt;</bpt>बजट<ept i="1">&lt;/b&gt;</ept> <hi type="x-term">अनुमान</hi><ph x="2">&lt;br/&gt;</ph> १९९९।<it pos="begin">&lt;i&gt;</it><ut>{x}</ut></seg></tuv>
<tuv xml:lang="en-US"><seg><bpt i="1">&lt;b&gt;<sub>inner</sub></bpt>Budget<ept i="1">&lt;/b&gt;</ept> <hi>estimates</hi> 1999 &#x2013; &#8220;final&#8221; <![CDATA[a < b]]>.</seg></tuv>
</tu>
</body></tmx>`;

describe("readTmx", () => {
  it("reads TMX 1.1 with the lang attribute", async () => {
    const { header, units } = await readAll(tmx11);
    expect(header).toMatchObject({ srcLang: "HI-IN", version: "1.1", creationTool: "Old" });
    expect(units).toEqual<TmxReadUnit[]>([
      {
        tuid: "7",
        variants: [
          { lang: "HI-IN", text: "पुराना वाक्य।" },
          { lang: "EN-US", text: "An old sentence." },
        ],
        props: {},
        notes: ["old note"],
        creationDate: new Date(Date.UTC(1999, 3, 23, 12)),
      },
    ]);
  });

  it("reads TMX 1.4 inline markup as text only, allowing a DOCTYPE without internal subset", async () => {
    const { header, units } = await readAll(tmx14Inline);
    expect(header?.srcLang).toBe("hi-IN");
    expect(units).toHaveLength(1);
    expect(units[0].variants).toEqual([
      { lang: "hi-IN", text: "बजट अनुमान १९९९।" },
      { lang: "en-US", text: "Budget estimates 1999 – “final” a < b." },
    ]);
    expect(units[0].props).toEqual({ "x-project": "Budget", "x-client": "Ministry & Co" });
    expect(units[0].changeId).toBe("meera");
    expect(units[0].changeDate).toEqual(new Date(Date.UTC(2024, 1, 29, 10, 11, 12)));
  });

  it("yields the header first and units as they close, chunk by chunk", async () => {
    const body = Array.from({ length: 50 }, (_, i) =>
      tmxUnit({
        tuid: `t${i}`,
        srcLang: "hi-IN",
        tgtLang: "en-US",
        source: `वाक्य ${i}`,
        target: `Sentence ${i}`,
        creationDate: new Date(0),
        changeDate: new Date(0),
        props: [],
      }),
    ).join("");
    const file = tmxHeader({ toolVersion: "1", srcLang: "hi-IN", creationDate: new Date(0) }) + body + tmxFooter();

    const iterator = readTmx(chunksOf(file, 7));
    const first = await iterator.next();
    expect(first.value).toMatchObject({ kind: "header" });
    const second = await iterator.next();
    expect(second.value).toMatchObject({ kind: "unit", unit: { tuid: "t0" } });
    await iterator.return(undefined);

    // Small chunks split multibyte characters, tags and entities; the result must not depend on it.
    const { units } = await readAll(file, 3);
    expect(units).toHaveLength(50);
    expect(units[49].variants[0].text).toBe("वाक्य 49");
  });

  it("reads a reverse-direction file (srclang en-US)", async () => {
    const file = tmx11.replace('srclang="HI-IN"', 'srclang="en-US"');
    const { header, units } = await readAll(file);
    expect(header?.srcLang).toBe("en-US");
    expect(units[0].variants.map((v) => v.lang)).toEqual(["HI-IN", "EN-US"]);
  });

  it("rejects XXE: a DOCTYPE with an external entity", async () => {
    const file = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><header srclang="hi"/><body><tu><tuv xml:lang="hi"><seg>&xxe;</seg></tuv></tu></body></tmx>`;
    const error = await failure(file);
    expect(error.code).toBe("UNSAFE_XML");
    expect(error.message).not.toContain("root:");
  });

  it("rejects billion laughs", async () => {
    const file = `<?xml version="1.0"?>
<!DOCTYPE tmx [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<tmx version="1.4"><header srclang="hi"/><body><tu><tuv xml:lang="hi"><seg>&lol3;</seg></tuv></tu></body></tmx>`;
    expect((await failure(file)).code).toBe("UNSAFE_XML");
  });

  it("rejects an undeclared entity reference even without a DOCTYPE", async () => {
    const file = `<tmx version="1.4"><header srclang="hi"/><body><tu><tuv xml:lang="hi"><seg>&nbsp;</seg></tuv></tu></body></tmx>`;
    expect((await failure(file)).code).toBe("UNSAFE_XML");
  });

  it("rejects malformed XML with its line and column", async () => {
    const file = `<?xml version="1.0"?>\n<tmx version="1.4">\n<header srclang="hi"/>\n<body><tu><tuv xml:lang="hi"><seg>a</tuv></tu></body></tmx>`;
    const error = await failure(file);
    expect(error.code).toBe("MALFORMED_FILE");
    expect(error.message).toMatch(/line 4, column \d+/);
    expect(error.details).toMatchObject({ line: 4 });
  });

  it("rejects a truncated file", async () => {
    const error = await failure(tmx11.slice(0, tmx11.indexOf("</body>")));
    expect(error.code).toBe("MALFORMED_FILE");
  });

  it("rejects a header without srclang", async () => {
    const error = await failure(tmx11.replace(' srclang="HI-IN"', ""));
    expect(error.code).toBe("MALFORMED_FILE");
    expect(error.message).toMatch(/^The TMX header has no srclang/);
  });

  it("rejects XML that is not TMX, and TMX without a header", async () => {
    expect((await failure("<xliff><file/></xliff>")).message).toMatch(/not a TMX file/);
    expect((await failure('<tmx version="1.4"><body/></tmx>')).code).toBe("MALFORMED_FILE");
    expect((await failure('<tmx version="1.4"></tmx>')).code).toBe("MALFORMED_FILE");
  });

  it("stops with TOO_LARGE once more than maxBytes were read", async () => {
    const error = await failure(tmx11, 100);
    expect(error.code).toBe("TOO_LARGE");
    await expect(readAll(tmx11, undefined, 10_000)).resolves.toBeTruthy();
  });

  it("round-trips what the writer wrote", async () => {
    const pairs = [
      ["उसने कहा, \"हम कल चलेंगे\" और 'ठीक है'।", 'He said, "We\'ll go" & <left>.'],
      ["पहली पंक्ति\nदूसरी पंक्ति\r\nतीसरी\tटैब॥", "Line one\nline two\r\nthird\ttab"],
      ["इमोजी 🎉 और ज़्यादा", "Emoji 🎉 and more"],
    ];
    const created = new Date(Date.UTC(2026, 1, 3, 4, 5, 6));
    const file =
      tmxHeader({ toolVersion: "1", srcLang: "hi_IN", creationDate: created }) +
      pairs
        .map(([hi, en], i) =>
          tmxUnit({
            tuid: `r${i}`,
            srcLang: "hi_IN",
            tgtLang: "en_US",
            source: hi,
            target: en,
            creationDate: created,
            changeDate: created,
            creationId: "a\tb",
            props: [["doc", "x & y"]],
            notes: ['n"1"'],
          }),
        )
        .join("") +
      tmxFooter();

    const { header, units } = await readAll(file, 5);
    expect(header?.srcLang).toBe("hi-IN");
    expect(units.map((u) => u.variants.map((v) => v.text))).toEqual(pairs);
    expect(units[0]).toMatchObject({
      tuid: "r0",
      creationId: "a\tb",
      props: { "x-setu-doc": "x & y" },
      notes: ['n"1"'],
      creationDate: created,
      changeDate: created,
    });
  });
});

describe("parseTmxDate", () => {
  it("accepts only real dates in TMX format", () => {
    expect(parseTmxDate("20240229T000000Z")).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(parseTmxDate("20230229T000000Z")).toBeUndefined();
    expect(parseTmxDate("2024-02-29")).toBeUndefined();
    expect(parseTmxDate(undefined)).toBeUndefined();
  });
});
