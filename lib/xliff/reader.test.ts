import { describe, expect, it } from "vitest";
import { expectAppError } from "@/lib/errors.test-helpers";
import { readXliff, type XliffEvent, type XliffReadUnit } from "./reader";
import { chunked, sampleXliff } from "./xliff.test-helpers";

async function read(xml: string): Promise<XliffEvent[]> {
  const events: XliffEvent[] = [];
  for await (const e of readXliff(chunked(xml))) events.push(e);
  return events;
}

async function units(xml: string): Promise<XliffReadUnit[]> {
  return (await read(xml)).flatMap((e) => (e.kind === "unit" ? [e.unit] : []));
}

const wrap12 = (body: string, file = 'source-language="hi-IN" target-language="en-US" datatype="plaintext" original="x"') =>
  `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file ${file}><body>${body}</body></file></xliff>`;
const wrap20 = (body: string) =>
  `<?xml version="1.0"?><xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="hi" trgLang="en"><file id="f">${body}</file></xliff>`;

describe("readXliff: Setu's own files", () => {
  for (const version of ["1.2", "2.0"] as const) {
    it(`reads back what the ${version} writer wrote: ids, sentences, English, statuses, notes, groups`, async () => {
      const events = await read(sampleXliff(version));
      expect(events[0]).toEqual({ kind: "file", version, srcLang: "hi-IN", tgtLang: "en-US" });
      const got = events.flatMap((e) => (e.kind === "unit" ? [e.unit] : []));
      expect(got.map((u) => [u.id, u.status, u.english])).toEqual([
        ["setu-1", "approved", "Flood report"],
        ["setu-2", "translated", "India is a vast country with many languages."],
        ["7", "rejected", "Ram & Shyam are <friends>."],
        ["setu-4", "draft", ""],
        ["setu-5", "draft", "Control chars 🎉."],
        ["setu-6", "approved", "- First point"],
      ]);
      expect(got[1].sentences).toEqual(["भारत एक विशाल देश है।", "यहाँ कई भाषाएँ हैं॥"]);
      expect(got[1].notes).toEqual([{ from: "asha@example.org", text: 'check <"many"> & more' }]);
      expect(got.map((u) => u.groupKind)).toEqual(["heading", "sentence", "sentence", "sentence", "sentence", "list-item"]);
      // Units of one paragraph share a group; different paragraphs do not.
      expect(new Set(got.slice(1, 5).map((u) => u.group)).size).toBe(1);
      expect(got[0].group).not.toBe(got[1].group);
    });
  }
});

describe("readXliff: files from other tools", () => {
  it("keeps the text of g and mrk, drops inline codes, ignores alt-trans and foreign elements", async () => {
    const [u] = await units(
      wrap12(`<trans-unit id="42" xmlns:okp="urn:x-okapi">
        <source>यह <g id="1">मोटा</g> <bpt id="2">&lt;b&gt;</bpt>पाठ<ept id="2">&lt;/b&gt;</ept> है<x id="3"/>।</source>
        <target state="signed-off">This is <g id="1">bold</g> text<ph id="4">{0}</ph>.</target>
        <alt-trans><source>पुराना</source><target>Old</target></alt-trans>
        <okp:extra><target>Not this</target></okp:extra>
        <note>translator note</note>
      </trans-unit>`),
    );
    expect(u).toMatchObject({ id: "42", source: "यह मोटा पाठ है।", english: "This is bold text.", status: "approved", sentences: null });
    expect(u.notes).toEqual([{ text: "translator note" }]);
  });

  it("maps 1.2 states: approved=yes, new, needs-review-translation, no target", async () => {
    const got = await units(
      wrap12(
        `<trans-unit id="a" approved="yes"><source>क</source><target>a</target></trans-unit>` +
          `<trans-unit id="b"><source>ख</source><target state="new">b</target></trans-unit>` +
          `<trans-unit id="c"><source>ग</source><target state="needs-review-translation">c</target></trans-unit>` +
          `<trans-unit id="d"><source>घ</source></trans-unit>` +
          `<trans-unit id="e"><source>ङ</source><target state="needs-l10n">e</target></trans-unit>` +
          `<trans-unit id="f" translate="no"><source>च</source></trans-unit>`,
      ),
    );
    expect(got.map((u) => [u.id, u.status, u.translatable])).toEqual([
      ["a", "approved", true],
      ["b", "draft", true],
      ["c", "rejected", true],
      ["d", "draft", true],
      ["e", "translated", true],
      ["f", "draft", false],
    ]);
  });

  it("reads nested seg-source markers without losing the text of inner markers", async () => {
    const [u] = await units(
      wrap12(
        `<trans-unit id="s"><source>एक। दो।</source><seg-source><mrk mtype="seg" mid="1"><mrk mtype="term">एक</mrk>।</mrk> <mrk mtype="seg" mid="2">दो।</mrk></seg-source></trans-unit>`,
      ),
    );
    expect(u.sentences).toEqual(["एक।", "दो।"]);
  });

  it("reads 2.0 inline pc, cp and ph, and the least advanced segment state", async () => {
    const [u] = await units(
      wrap20(`<unit id="u1"><originalData><data id="d1">&lt;br/&gt;</data></originalData>
        <segment state="final"><source>पहला <pc id="1">वाक्य</pc>।</source><target>First <pc id="1">sentence</pc>.</target></segment>
        <ignorable><source> </source></ignorable>
        <segment state="translated"><source>दूसरा<ph id="2" dataRef="d1"/><cp hex="0041"/>।</source><target>Second A.</target></segment></unit>`),
    );
    expect(u).toMatchObject({ sentences: ["पहला वाक्य।", "दूसराA।"], english: "First sentence. Second A.", status: "translated" });
  });

  it("accepts XLIFF 2.1 and reads reviewed as translated", async () => {
    const xml = wrap20(`<unit id="u"><segment state="reviewed"><source>क</source><target>k</target></segment></unit>`).replace(
      'version="2.0"',
      'version="2.1"',
    );
    expect((await units(xml))[0].status).toBe("translated");
  });
});

describe("readXliff: refusals", () => {
  it("refuses a DTD internal subset (billion laughs) and undeclared entities", async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>${wrap12("").replace(/^<\?xml[^>]*>/, "")}`;
    await expectAppError(read(bomb), "UNSAFE_XML");
    await expectAppError(read(wrap12(`<trans-unit id="x"><source>&xxe;</source></trans-unit>`)), "UNSAFE_XML");
  });

  it("names the problem: not XLIFF, no source language, unsupported version, broken XML", async () => {
    await expectAppError(read("<tmx version='1.4'/>"), "MALFORMED_FILE", /not <xliff>/);
    await expectAppError(read(wrap12("", 'original="x" datatype="plaintext"')), "MALFORMED_FILE", /source-language/);
    await expectAppError(read('<xliff version="3.0" xmlns="urn:x"><file/></xliff>'), "MALFORMED_FILE", /not supported/);
    await expectAppError(read(wrap12("<trans-unit id='x'><source>क</target></trans-unit>")), "MALFORMED_FILE", /line 1/);
    await expectAppError(read('<xliff version="1.2"></xliff>'), "MALFORMED_FILE", /no <file>/);
  });

  it("stops at the size limit", async () => {
    const events = readXliff(chunked(sampleXliff("1.2"), 100), { maxBytes: 500 });
    await expectAppError(
      (async () => {
        for await (const _ of events);
      })(),
      "TOO_LARGE",
    );
  });
});
