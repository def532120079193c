import { describe, expect, it } from "vitest";
import { alignSentences, alignSentencesInSteps } from "./align";
import { isValidPartition } from "./evaluate";
import { syntheticParallel } from "./synthetic-corpus";
import type { AlignSentence, Bead } from "./types";

const para = (texts: string[], paragraph = 0): AlignSentence[] => texts.map((text) => ({ text, paragraph }));
const shape = (beads: Bead[]) => beads.map((b) => [b.hi, b.en]);

const HI = [
  "आज सुबह दिल्ली में हल्की बारिश हुई।",
  "तापमान गिरकर 18 डिग्री पर आ गया।",
  "ज़्यादातर स्कूल अपने तय समय पर ही खुले।",
  "मौसम विभाग ने कल तापमान 24 डिग्री तक पहुँचने की संभावना जताई है।",
  "शहर में 40 से अधिक बसें देर से चलीं।",
  "शाम को करीब 2,000 लोग इंडिया गेट पर घूमने निकले।",
];
const EN = [
  "Light rain fell in Delhi this morning.",
  "The temperature dropped to 18 degrees.",
  "Most schools opened at their usual time.",
  "The weather department expects the temperature to reach 24 degrees tomorrow.",
  "More than 40 buses in the city ran late.",
  "In the evening, about 2,000 people went out for a stroll at India Gate.",
];

describe("alignSentences", () => {
  it("aligns a faithful translation 1:1 with high confidence", () => {
    const beads = alignSentences(para(HI), para(EN));
    expect(shape(beads)).toEqual(HI.map((_, k) => [[k], [k]]));
    for (const b of beads) expect(b.confidence).toBeGreaterThan(0.5);
  });

  it("finds two Hindi sentences translated as one (2:1)", () => {
    const hi = [...HI.slice(0, 3), "मौसम विभाग ने नया पूर्वानुमान जारी किया है।", "इसके अनुसार कल तापमान 24 डिग्री तक पहुँचेगा।", ...HI.slice(4)];
    const en = [
      ...EN.slice(0, 3),
      "The weather department has issued a new forecast saying the temperature will reach 24 degrees tomorrow.",
      ...EN.slice(4),
    ];
    const beads = alignSentences(para(hi), para(en));
    expect(shape(beads)).toContainEqual([[3, 4], [3]]);
    expect(isValidPartition(beads, hi.length, en.length)).toBe(true);
  });

  it("finds one Hindi sentence split in two (1:2)", () => {
    const hi = [...HI.slice(0, 2), "ज़्यादातर स्कूल समय पर खुले, लेकिन कई दफ़्तरों में कर्मचारी देर से पहुँचे क्योंकि सड़कों पर पानी भरा था।", ...HI.slice(3)];
    const en = [
      ...EN.slice(0, 2),
      "Most schools opened on time.",
      "In many offices, however, staff arrived late because the roads were waterlogged.",
      ...EN.slice(3),
    ];
    const beads = alignSentences(para(hi), para(en));
    expect(shape(beads)).toContainEqual([[2], [2, 3]]);
  });

  it("leaves an untranslated Hindi sentence alone (1:0) with low confidence", () => {
    const hi = [...HI.slice(0, 3), "यह जानकारी विभाग के एक अधिकारी ने नाम न छापने की शर्त पर दी।", ...HI.slice(3)];
    const beads = alignSentences(para(hi), para(EN));
    const omission = beads.find((b) => b.en.length === 0);
    expect(omission?.hi).toEqual([3]);
    expect(omission?.confidence).toBeLessThanOrEqual(0.3);
    expect(shape(beads)).toContainEqual([[4], [3]]);
  });

  it("leaves an English addition alone (0:1)", () => {
    const en = [...EN.slice(0, 5), "India Gate is a war memorial built in 1931.", EN[5]];
    const beads = alignSentences(para(HI), para(en));
    expect(shape(beads)).toContainEqual([[], [5]]);
    expect(shape(beads)).toContainEqual([[5], [6]]);
  });

  it("uses numbers to decide which of two sentences was dropped", () => {
    const hi = [
      ...HI.slice(0, 3),
      "पहले दिन आसपास के गाँवों से करीब 1,200 लोग आए और उन्होंने खूब खरीदारी की।",
      "दूसरे दिन शहर से भी लोग पहुँचे और कुल 4,500 लोगों ने मेला देखा।",
      ...HI.slice(3),
    ];
    const en = [
      ...EN.slice(0, 3),
      "On the second day people came from the city as well, and 4,500 visited the fair in all.",
      ...EN.slice(3),
    ];
    const beads = shape(alignSentences(para(hi), para(en)));
    expect(beads).toContainEqual([[3], []]);
    expect(beads).toContainEqual([[4], [3]]);
  });

  it("uses transliterated names to pick the translated sentence", () => {
    const hi = [...HI.slice(0, 3), "राहुल ने गीत गाया।", "प्रियंका ने मंच पर आकर एक सुंदर नृत्य किया।", ...HI.slice(3)];
    const en = [...EN.slice(0, 3), "Priyanka danced on the stage.", ...EN.slice(3)];
    const beads = alignSentences(para(hi), para(en));
    expect(shape(beads)).toContainEqual([[3], []]);
    expect(shape(beads)).toContainEqual([[4], [3]]);
  });

  it("trusts matching figures more than lengths when scoring confidence", () => {
    const hi = [...HI.slice(0, 4), "कुल 4,50,000 लोग प्रभावित हुए।", HI[5]];
    const en = [...EN.slice(0, 4), "In all, 450,000 people across the districts were affected, officials said.", EN[5]];
    const withAnchors = alignSentences(para(hi), para(en));
    const lengthOnly = alignSentences(para(hi), para(en), { useAnchors: false });
    expect(shape(withAnchors)).toEqual(hi.map((_, k) => [[k], [k]]));
    expect(withAnchors[4].confidence).toBeGreaterThan(0.8);
    expect(withAnchors[4].confidence).toBeGreaterThan(lengthOnly[4].confidence);
  });

  it("respects paragraph boundaries", () => {
    // by length alone the short second Hindi sentence would be glued to the first
    const hi = [
      { text: "बैठक लंबी चली और कई मुद्दों पर विस्तार से चर्चा हुई।", paragraph: 0 },
      { text: "फिर भोजन हुआ।", paragraph: 1 },
    ];
    const en = [
      { text: "The meeting ran long and many issues were discussed in detail.", paragraph: 0 },
      { text: "Lunch followed.", paragraph: 3 },
    ];
    expect(shape(alignSentences(hi, en))).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });

  it("handles empty sides", () => {
    expect(alignSentences([], [])).toEqual([]);
    expect(shape(alignSentences(para(["एक।"]), []))).toEqual([[[0], []]]);
    expect(shape(alignSentences([], para(["One."])))).toEqual([[[], [0]]]);
  });

  it("returns a valid partition with confidences in [0, 1] for 2,000 × 2,000 sentences", () => {
    const corpus = syntheticParallel(2000, 3);
    const beads = alignSentences(corpus.hi, corpus.en);
    expect(isValidPartition(beads, corpus.hi.length, corpus.en.length)).toBe(true);
    for (const b of beads) {
      expect(b.confidence).toBeGreaterThanOrEqual(0);
      expect(b.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("stays valid with a band narrower than a long one-sided passage", () => {
    const corpus = syntheticParallel(300, 5);
    const extra = Array.from({ length: 80 }, (_, k) => ({ text: `Inserted sentence number ${k} with some words.`, paragraph: 999 }));
    const en = [...corpus.en.slice(0, 150), ...extra, ...corpus.en.slice(150)];
    const beads = alignSentences(corpus.hi, en, { band: 5 });
    expect(isValidPartition(beads, corpus.hi.length, en.length)).toBe(true);
  });
});

describe("alignSentencesInSteps", () => {
  it("yields progress that only grows, stays within the Hindi sentences, and ends with alignSentences' beads", () => {
    const { hi, en } = syntheticParallel(1_500, 7);
    const steps = alignSentencesInSteps(hi, en);
    const seen: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      expect(step.value.total).toBe(hi.length);
      seen.push(step.value.done);
    }
    expect(seen.length).toBeGreaterThan(10);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[0]).toBeGreaterThanOrEqual(0);
    expect(seen.at(-1)).toBeLessThanOrEqual(hi.length);
    expect(seen.at(-1)).toBeGreaterThan(hi.length * 0.9);
    expect(step.value).toEqual(alignSentences(hi, en));
  });
});
