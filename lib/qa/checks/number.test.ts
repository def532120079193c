import { describe, expect, it } from "vitest";
import { checkNumbers } from "./number";

const codes = (hindi: string, english: string) => checkNumbers(hindi, english).map((i) => i.code);
const clean = (hindi: string, english: string) => expect(checkNumbers(hindi, english)).toEqual([]);

describe("number: the same value in another form passes", () => {
  it("Devanagari digits ↔ ASCII digits", () => clean("२०२३ में ४५ लोग आए।", "In 2023, 45 people came."));
  it("Indian grouping ↔ Western grouping", () => clean("2,00,000 सैनिक", "200,000 troops"));
  it("Devanagari digits with Indian grouping ↔ Western grouping", () => clean("२,००,००० सैनिकों", "200,000 troops"));
  it("digits + लाख ↔ Western figure and English words", () => {
    clean("2 लाख सैनिक", "200,000 troops");
    clean("2 लाख सैनिक", "two hundred thousand troops");
    clean("2 लाख सैनिक", "0.2 million troops");
    clean("2 लाख सैनिक", "2 lakh troops");
  });
  it("Hindi number word + लाख ↔ figure", () => clean("दो लाख सैनिक", "200,000 soldiers"));
  it("decimal + करोड़ ↔ million", () => {
    clean("3.5 करोड़ रुपये", "Rs 35 million");
    clean("साढ़े तीन करोड़ रुपये", "Rs 35 million");
    clean("3.5 करोड़ रुपये", "Rs 3.5 crore");
  });
  it("compound करोड़ + लाख ↔ million", () => clean("3 करोड़ 50 लाख", "35 million"));
  it("हज़ार with digits and words ↔ thousand", () => {
    clean("5 हज़ार किसान", "5,000 farmers");
    clean("पाँच हज़ार किसान", "five thousand farmers");
    clean("पच्चीस हजार", "25,000");
  });
  it("अरब ↔ billion", () => {
    clean("5 अरब डॉलर", "$5 billion");
    clean("डेढ़ अरब लोग", "1.5 billion people");
  });
  it("percentages in any spelling", () => {
    clean("36 प्रतिशत मतदान", "36% turnout");
    clean("36 फीसदी मतदान", "a turnout of 36 percent");
  });
  it("years and dates as plain numbers", () => {
    clean("15 अगस्त 1947 को", "on August 15, 1947");
    clean("15.08.1947 को", "on 15 August 1947");
    clean("वर्ष 2019-20 में", "in 2019-20");
  });
  it("a repeated figure may appear once", () => clean("2 लाख लोग आए, 2 लाख लौटे।", "200,000 came and as many left."));
  it("bare number words may be rendered without a figure", () => {
    clean("एक किसान खेत गया।", "A farmer went to the field.");
    clean("दो-चार लोग आए।", "A few people came.");
  });
  it("Hindi ordinal words match English figures", () => clean("बीसवीं सदी में", "in the 20th century"));
});

describe("number: a different value is flagged", () => {
  it("200,000 rendered as 20,000 (the reported bug)", () => {
    const [issue] = checkNumbers("200,000 सैनिकों ने हिस्सा लिया।", "20,000 troops took part.");
    expect(issue).toMatchObject({
      check: "number",
      code: "numberMismatch",
      severity: "error",
      params: { hindi: "200,000", english: "20,000" },
    });
  });
  it("२,००,००० rendered as 20,000", () => expect(codes("२,००,००० सैनिकों", "20,000 troops")).toEqual(["numberMismatch"]));
  it("2 लाख rendered as 20 lakh", () => expect(codes("2 लाख", "20 lakh")).toEqual(["numberMismatch"]));
  it("3.5 करोड़ rendered as 3.5 million", () => {
    expect(checkNumbers("3.5 करोड़ रुपये", "Rs 3.5 million")[0]).toMatchObject({
      code: "numberMismatch",
      params: { hindi: "3.5 करोड़", english: "3.5 million" },
    });
  });
  it("दो लाख rendered as two thousand", () => expect(codes("दो लाख", "two thousand")).toEqual(["numberMismatch"]));
  it("a figure left out", () => {
    expect(codes("36 प्रतिशत लोग और 5 हज़ार किसान", "36% of people and the farmers")).toEqual(["numberMissing"]);
    expect(checkNumbers("5 हज़ार किसान और 36 प्रतिशत लोग, 12 गांव", "Farmers, 36% of people, villages")).toEqual([
      expect.objectContaining({ code: "numberMissing", params: { hindi: "5 हज़ार", value: "5,000" }, key: "numberMissing:5000" }),
      expect.objectContaining({ code: "numberMissing", params: { hindi: "12", value: "12" } }),
    ]);
  });
  it("a figure added", () => {
    expect(checkNumbers("किसान आए।", "The 40 farmers came.")).toEqual([
      expect.objectContaining({ code: "numberExtra", severity: "error", params: { english: "40", value: "40" } }),
    ]);
  });
  it("a wrong year", () => expect(codes("1947 में", "in 1974")).toEqual(["numberMismatch"]));
  it("a wrong day in a date", () => expect(codes("15.08.1947 को", "on 16 August 1947")).toEqual(["numberMismatch"]));
  it("a wrong decimal", () => expect(codes("2.5 प्रतिशत", "25 percent")).toEqual(["numberMismatch"]));
  it("a different number word is a warning, not an error", () => {
    expect(checkNumbers("हमने तीन अंक गंवा दिए।", "We dropped six points.")).toEqual([
      expect.objectContaining({ code: "numberWordsDiffer", severity: "warning", params: { hindi: "तीन", english: "six" } }),
    ]);
  });
});

describe("number: English written for English readers", () => {
  it("offers Western grouping for a figure in Indian grouping", () => {
    const issues = checkNumbers("2,00,000 सैनिक", "2,00,000 troops");
    expect(issues).toEqual([
      expect.objectContaining({ code: "numberIndianGrouping", severity: "warning", params: { english: "2,00,000", western: "200,000" } }),
    ]);
    expect(issues[0].fix).toBe("200,000 troops");
  });
  it("offers ASCII digits for Devanagari digits", () => {
    const [issue] = checkNumbers("४५ लोग", "४५ people");
    expect(issue).toMatchObject({ code: "numberDevanagariDigits", fix: "45 people" });
  });
  it("offers both at once for Devanagari digits in Indian grouping", () => {
    const [issue] = checkNumbers("२,००,००० लोग", "२,००,००० people");
    expect(issue).toMatchObject({ code: "numberIndianGrouping", fix: "200,000 people" });
  });
  it("leaves Western grouping and short figures alone", () => {
    clean("10,000 लोग", "10,000 people");
    clean("1,00,000 लोग", "100,000 people");
  });
});

describe("number: the short ways (no numbers, nothing left over, nothing to fix) find what the long way does", () => {
  it("no number on either side", () => {
    clean("किसान खेत में काम करते हैं।", "Farmers work in the field.");
    clean("", "");
  });
  it("a shared empty result is never written to by the next unit", () => {
    const none = checkNumbers("किसान आए।", "The farmers came.");
    expect(none).toEqual([]);
    expect(codes("किसान आए।", "The 40 farmers came.")).toEqual(["numberExtra"]);
    expect(checkNumbers("किसान आए।", "The farmers came.")).toEqual([]);
  });
  it("only number words on one side or both", () => {
    expect(codes("दो लाख सैनिक", "The troops")).toEqual(["numberMissing"]);
    expect(codes("सैनिक आए", "two hundred thousand troops came")).toEqual(["numberExtra"]);
    clean("साढ़े तीन करोड़ रुपये", "three and a half crore rupees");
    clean("पाँच किसान", "The farmers");
    expect(codes("तीन अंक", "six points")).toEqual(["numberWordsDiffer"]);
  });
  it("only Devanagari digits", () => {
    clean("४५ लोग", "45 people");
    expect(codes("४५ लोग", "46 people")).toEqual(["numberMismatch"]);
    expect(codes("४५ लोग", "४५ people")).toEqual(["numberDevanagariDigits"]);
  });
  it("digits and words mixed, every number carried across", () => {
    clean("२०२३ में दो लाख और 36 प्रतिशत", "In 2023, 200,000 and 36%");
    clean("15 अगस्त १९४७ को पाँच हज़ार लोग", "On August 15, 1947, five thousand people");
  });
  it("a fix is offered only where the English needs one, with the right numbers compared", () => {
    expect(codes("2,00,000 और 5", "2,00,000 and 6")).toEqual(["numberMismatch", "numberIndianGrouping"]);
    expect(codes("10,000 और 5", "10,000 and 5")).toEqual([]);
  });
});
