import { describe, expect, it } from "vitest";
import { anchorScore, extractEnglishAnchors, extractHindiAnchors } from "./anchors";
import { extractNumbers } from "./numbers";

describe("extractNumbers", () => {
  it("gives Indian, Western and Devanagari grouping one value", () => {
    expect(extractNumbers("2,00,000 200,000 २,००,००० 200000")).toEqual(["200000", "200000", "200000", "200000"]);
  });

  it("keeps decimals and drops trailing sentence punctuation", () => {
    expect(extractNumbers("दर 2.5 प्रतिशत रही, 2023.")).toEqual(["2.5", "2023"]);
  });

  it("scales lakh, crore and million so digits and scale words agree", () => {
    expect(extractNumbers("2.5 लाख और 3 करोड़")).toEqual(["250000", "30000000"]);
    expect(extractNumbers("250,000 and 30 million")).toEqual(["250000", "30000000"]);
  });
});

describe("sentence anchors", () => {
  it("treats Latin acronyms in Hindi as strong anchors", () => {
    expect(extractHindiAnchors("GST परिषद की बैठक हुई।").strong).toContain("k:gst");
  });

  it("skips capitalised sentence openers but keeps names", () => {
    const anchors = extractEnglishAnchors("The minister met Modi in Delhi.");
    expect(anchors).toEqual(["k:mada", "k:dala"]);
  });
});

describe("anchorScore", () => {
  it("is high for matching numbers and names", () => {
    const score = anchorScore(["राहुल ने पटना में 12,000 लोगों को संबोधित किया।"], ["Rahul addressed 12,000 people in Patna."]);
    expect(score).toBeGreaterThan(0.9);
  });

  it("is 0 for conflicting numbers", () => {
    expect(anchorScore(["कुल 450 मामले दर्ज हुए।"], ["A total of 120 cases were recorded."])).toBe(0);
  });

  it("is 0, not an error, when neither side has anchors", () => {
    expect(anchorScore(["यह अच्छा है।"], ["This is good."])).toBe(0);
  });

  it("uses glossary pairs as whole words", () => {
    const glossary = [{ hindi: "संसद", english: "Parliament" }];
    expect(anchorScore(["संसद का सत्र शुरू हुआ।"], ["the session of parliament began."], glossary)).toBe(1);
    expect(anchorScore(["संसदीय समिति बैठी।"], ["the session of parliament began."], glossary)).toBe(0);
  });

  it("combines several sentences on a side", () => {
    const score = anchorScore(["मोदी दिल्ली पहुँचे।", "उन्होंने 3 बैठकें कीं।"], ["Modi reached Delhi and held 3 meetings."]);
    expect(score).toBe(1);
  });
});
