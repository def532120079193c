import { describe, expect, it } from "vitest";
import { buildMatcher } from "./matcher";
import { syntheticGlossary, syntheticSentences } from "./synthetic.test-helpers";
import type { GlossaryEntryInput } from "./types";

function entry(id: string, hindi: string, partOfSpeech: string | null = null): GlossaryEntryInput {
  return { id, hindi, english: [{ text: id, status: "preferred" }], partOfSpeech };
}

const glossary = [
  entry("farmer", "किसान"),
  entry("river", "नदी", "noun-f"),
  entry("boy", "लड़का", "noun-m"),
  entry("leader", "नेता"),
  entry("matter", "बात", "noun-f"),
  entry("india", "भारत", "properNoun"),
  entry("goi", "भारत सरकार"),
  entry("tomorrow", "कल"),
  entry("name", "नाम"),
  entry("head", "सर"),
  entry("hindi", "हिंदी"),
  entry("land", "ज़मीन"),
  entry("mother", "माँ"),
  entry("day", "दिन"),
  entry("climate", "जल-वायु"),
  entry("gst", "GST"),
];
const matcher = buildMatcher(glossary);
const ids = (text: string) => matcher.match(text).map((m) => m.entryId);
const texts = (text: string) => matcher.match(text).map((m) => m.text);

describe("buildMatcher: inflected forms", () => {
  it.each([
    ["किसान आए।", "किसान"],
    ["किसानों ने कहा।", "किसानों"],
    ["नदी बहती है।", "नदी"],
    ["नदियों में पानी है।", "नदियों"],
    ["सब नदियाँ भरी हैं।", "नदियाँ"],
    ["सब नदियां भरी हैं।", "नदियां"],
    ["लड़का खेलता है।", "लड़का"],
    ["लड़के खेलते हैं।", "लड़के"],
    ["लड़कों को बुलाओ।", "लड़कों"],
    ["नेता बोले।", "नेता"],
    ["नेताओं की बैठक।", "नेताओं"],
    ["एक बात सुनो।", "बात"],
    ["ये बातें सुनो।", "बातें"],
    ["उन बातों से क्या।", "बातों"],
  ])("%s finds %s", (text, found) => {
    expect(texts(text)).toEqual([found]);
  });

  it("does not match ने (the ergative postposition) as नेता", () => {
    expect(ids("उसने ने कहा")).toEqual([]);
  });
});

describe("buildMatcher: verbs, adjectives and multi-word terms", () => {
  const m = buildMatcher([
    entry("read", "पढ़ना", "verb"),
    entry("tell", "सुनाना"),
    entry("give", "देना", "verb"),
    entry("new", "नया", "adjective"),
    entry("sick", "बीमार", "adjective"),
    entry("foreign", "विदेशी", "adjective"),
    entry("big-city", "बड़ा शहर", "noun"),
    entry("union", "स्वतंत्र देशों का संघ", "noun"),
    entry("care", "ध्यान रखना", "verb"),
  ]);
  const got = (text: string) => m.match(text).map((x) => `${x.entryId}:${x.text}`);

  it.each([
    ["उसने किताब पढ़ी।", "read:पढ़ी"],
    ["वे पढ़ते हैं।", "read:पढ़ते"],
    ["कल पढ़ेंगे।", "read:पढ़ेंगे"],
    ["पढ़कर सो गया।", "read:पढ़कर"],
    ["पढ़ने के बाद", "read:पढ़ने"],
    ["आप पढ़िए।", "read:पढ़िए"],
    ["वह पढ़ सकता है।", "read:पढ़"],
    ["कहानी सुनाई।", "tell:सुनाई"],
    ["कहानी सुनायी।", "tell:सुनायी"],
    ["उसने सुनाया।", "tell:सुनाया"],
    ["पैसे दिए।", "give:दिए"],
    ["उसने दिया।", "give:दिया"],
    ["नई किताब", "new:नई"],
    ["नये लोग", "new:नये"],
    ["बीमारों को दवा", "sick:बीमारों"],
    ["विदेशियों से", "foreign:विदेशियों"],
  ])("%s finds %s", (text, expected) => {
    expect(got(text)).toEqual([expected]);
  });

  it("each word of a multi-word term inflects, including the genitive inside", () => {
    expect(got("बड़े शहरों में")).toEqual(["big-city:बड़े शहरों"]);
    expect(got("स्वतंत्र देशों के संघ में")).toEqual(["union:स्वतंत्र देशों के संघ"]);
    expect(got("उनका ध्यान रखा गया")).toEqual(["care:ध्यान रखा"]);
  });

  it("a word form shared by two entries leads to both (बना: perfective of बनना, stem of बनाना)", () => {
    const b = buildMatcher([entry("become", "बनना", "verb"), entry("make", "बनाना", "verb")]);
    expect(b.match("वह नेता बना।").map((x) => x.entryId)).toEqual(["become"]);
    expect(b.match("उसने घर बना दिया।").map((x) => x.entryId)).toEqual(["make"]);
  });

  it("builds a long multi-word term without multiplying its forms", () => {
    const words = ["अच्छा", "बड़ा", "नया", "पुराना", "छोटा", "पहला", "दूसरा", "अगला"];
    const long = buildMatcher([entry("long", `${words.join(" ")} कमरा`, "noun-m")]);
    expect(long.size).toBeLessThan(100);
    expect(long.match("अच्छी बड़े नई पुराने छोटी पहले दूसरी अगले कमरों").map((x) => x.entryId)).toEqual(["long"]);
  });
});

describe("buildMatcher: whole words and overlaps", () => {
  it("longest match wins: भारत सरकार over भारत", () => {
    expect(ids("भारत सरकार ने घोषणा की")).toEqual(["goi"]);
    expect(ids("भारत महान है")).toEqual(["india"]);
    expect(ids("भारत सरकारों")).toEqual(["goi"]);
  });

  it("a phrase does not span punctuation", () => {
    expect(ids("भारत, सरकार")).toEqual(["india"]);
  });

  it.each([
    ["कलम", "कल"],
    ["नामांकन", "नाम"],
    ["सरकार", "सर"],
    ["किसानी", "किसान"],
  ])("%s does not contain a match for %s", (text) => {
    expect(ids(`यह ${text} है`)).toEqual([]);
  });

  it("finds several terms left to right without overlap", () => {
    expect(ids("कल किसान और नेता, नाम और सर।")).toEqual(["tomorrow", "farmer", "leader", "name", "head"]);
  });
});

describe("buildMatcher: spelling variants", () => {
  it.each([
    ["हिन्दी बोलो", "hindi"],
    ["हिंदी बोलो", "hindi"],
    ["जमीन बेची", "land"],
    ["ज़मीन बेची", "land"],
    ["मां आई", "mother"],
    ["माँ आई", "mother"],
    ["gst लगेगा", "gst"],
    ["Gst लगेगा", "gst"],
  ])("%s → %s", (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it("keeps vowel length: दिन is not दीन", () => {
    expect(ids("वह दीन है")).toEqual([]);
    expect(ids("एक दिन")).toEqual(["day"]);
  });

  it.each(["जल-वायु परिवर्तन", "जल वायु परिवर्तन", "जल  वायु परिवर्तन", "जल -\n वायु परिवर्तन"])(
    "multi-word term with variable separators: %s",
    (text) => {
      const [m] = matcher.match(text);
      expect(m.entryId).toBe("climate");
      expect(m.start).toBe(0);
      expect(text.slice(m.end)).toBe(" परिवर्तन");
    },
  );
});

describe("buildMatcher: offsets in the original text", () => {
  it("reports offsets of the original, not the folded, text", () => {
    const text = "हम हिन्दी और ज़मीन";
    const matches = matcher.match(text);
    expect(matches.map((m) => [m.start, m.end, m.text])).toEqual([
      [3, 9, "हिन्दी"],
      [13, 18, "ज़मीन"],
    ]);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("keeps a trailing nukta or ZWJ inside the match", () => {
    const m = buildMatcher([entry("bazaar", "बाज़ार"), entry("baz", "बाज़")]);
    const text = "वह बाज़ गया";
    expect(m.match(text)[0].text).toBe("बाज़");
    const zwj = "क\u200Dल आना";
    expect(matcher.match(zwj)).toEqual([{ start: 0, end: 3, text: "क\u200Dल", entryId: "tomorrow" }]);
  });

  it("handles non-NFC input and astral characters before the match", () => {
    const text = "😀 e\u0301 किसानों";
    const [m] = matcher.match(text);
    expect(m.text).toBe("किसानों");
    expect(m.start).toBe(text.indexOf("कि"));
  });

  it("precomposed nukta letters match and map back", () => {
    const text = "\u095Bमीन";
    expect(matcher.match(text)).toEqual([{ start: 0, end: 4, text, entryId: "land" }]);
  });
});

describe("buildMatcher: glossary clashes", () => {
  it("a term as written beats another entry's generated inflection", () => {
    const m = buildMatcher([entry("boy", "लड़का", "noun-m"), entry("boys", "लड़के")]);
    expect(m.match("लड़के")[0].entryId).toBe("boys");
  });

  it("an empty glossary or empty text matches nothing", () => {
    expect(buildMatcher([]).match("किसान")).toEqual([]);
    expect(matcher.match("")).toEqual([]);
  });
});

describe("buildMatcher at scale", () => {
  it("matches 10,000 sentences against 10,000 synthetic terms correctly", () => {
    const entries = syntheticGlossary(10_000);
    const m = buildMatcher(entries);
    const sentences = syntheticSentences(entries, 10_000);
    let checked = 0;
    for (const s of sentences) {
      const found = m.match(s.text);
      expect(found.map((x) => x.entryId)).toEqual(s.expected);
      for (const x of found) expect(s.text.slice(x.start, x.end)).toBe(x.text);
      checked++;
    }
    expect(checked).toBe(10_000);
  });
});
