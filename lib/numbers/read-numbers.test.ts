import { describe, expect, it } from "vitest";
import { extractNumbers, formatWestern, readNumbers } from "./read-numbers";

const values = (text: string) => readNumbers(text).map((n) => n.value);
const strict = (text: string) => readNumbers(text).map((n) => [n.value, n.strict]);

describe("readNumbers: figures", () => {
  it("gives Indian, Western and Devanagari grouping one value", () => {
    expect(values("2,00,000 200,000 २,००,००० 200000")).toEqual(["200000", "200000", "200000", "200000"]);
  });

  it("keeps decimals and drops trailing sentence punctuation", () => {
    expect(values("दर 2.5 प्रतिशत रही, 2023.")).toEqual(["2.5", "2023"]);
    expect(values("२.५ प्रतिशत")).toEqual(["2.5"]);
  });

  it("reads percentages and ordinals as their plain value", () => {
    expect(values("36 प्रतिशत, 36%, 36 percent")).toEqual(["36", "36", "36"]);
    expect(values("21वीं सदी, the 21st century")).toEqual(["21", "21"]);
  });

  it("tells which grouping a figure uses only when the conventions disagree", () => {
    expect(readNumbers("2,00,000")[0].grouping).toBe("indian");
    expect(readNumbers("200,000")[0].grouping).toBe("western");
    expect(readNumbers("10,000")[0].grouping).toBeUndefined();
    expect(readNumbers("२,००,०००")[0]).toMatchObject({ grouping: "indian", devanagariDigits: true });
  });

  it("splits commas that fit no grouping into a list of numbers", () => {
    expect(values("1,2,3 और 12,34")).toEqual(["1", "2", "3", "12", "34"]);
  });

  it("reads dates as day, month and year", () => {
    expect(values("15.08.2023 को")).toEqual(["15", "m:8", "2023"]);
    expect(values("on 2023-08-15")).toEqual(["2023", "m:8", "15"]);
    expect(values("15 अगस्त 2023")).toEqual(["15", "m:8", "2023"]);
    expect(values("August 15, 2023")).toEqual(["m:8", "15", "2023"]);
    expect(values("08/15/2023")).toEqual(["15", "m:8", "2023"]);
  });

  it("keeps other dotted tokens whole (versions, addresses)", () => {
    expect(values("version 1.2.3")).toEqual(["1.2.3"]);
  });
});

describe("readNumbers: scale words", () => {
  it("scales digits by लाख, करोड़, हज़ार and अरब", () => {
    expect(values("2 लाख, 3.5 करोड़, 5 हज़ार, 5 हजार, 2 अरब, 1 खरब")).toEqual([
      "200000",
      "35000000",
      "5000",
      "5000",
      "2000000000",
      "100000000000",
    ]);
  });

  it("scales digits by thousand, million, billion, lakh and crore", () => {
    expect(values("0.2 million, 35 million, 200 thousand, 2 lakh, 2 lakhs, 3.5 crore, 1.5 bn")).toEqual([
      "200000",
      "35000000",
      "200000",
      "200000",
      "200000",
      "35000000",
      "1500000000",
    ]);
  });

  it("adds compound Hindi figures: 3 करोड़ 50 लाख, 2 लाख 50 हज़ार", () => {
    expect(values("3 करोड़ 50 लाख रुपये")).toEqual(["35000000"]);
    expect(values("2 लाख 50 हज़ार")).toEqual(["250000"]);
  });

  it("does not add a plain figure after a scale: 2 लाख 50 लोग are two numbers", () => {
    expect(values("2 लाख 50 लोग")).toEqual(["200000", "50"]);
  });

  it("gives both ends of a range the scale: 2-3 लाख, 2 से 3 करोड़, 2 to 3 million", () => {
    expect(values("2-3 लाख")).toEqual(["200000", "300000"]);
    expect(values("2 से 3 करोड़")).toEqual(["20000000", "30000000"]);
    expect(values("2 to 3 million")).toEqual(["2000000", "3000000"]);
    expect(values("10-15 दिन")).toEqual(["10", "15"]);
  });

  it("leaves vague plurals alone: हज़ारों, लाखों, करोड़ों, thousands, millions", () => {
    expect(values("हज़ारों लोग, लाखों रुपये, करोड़ों, thousands of people, millions")).toEqual([]);
  });

  it("needs a number before अरब, which is also 'Arab'", () => {
    expect(values("सऊदी अरब")).toEqual([]);
  });
});

describe("readNumbers: number words", () => {
  it("reads Hindi number words with a scale as strict figures", () => {
    expect(strict("दो लाख सैनिक")).toEqual([["200000", true]]);
    expect(strict("पच्चीस हज़ार")).toEqual([["25000", true]]);
    expect(strict("पचास करोड़")).toEqual([["500000000", true]]);
  });

  it("reads डेढ़, ढाई, सवा, साढ़े and पौने", () => {
    expect(values("डेढ़ लाख, ढाई करोड़, सवा लाख, साढ़े तीन करोड़, पौने दो सौ, ढाई सौ")).toEqual([
      "150000",
      "25000000",
      "125000",
      "35000000",
      "175",
      "250",
    ]);
  });

  it("reads Hindi hundreds: दो सौ पचास, पाँच सौ, सौ", () => {
    expect(values("दो सौ पचास")).toEqual(["250"]);
    expect(values("पांच सौ")).toEqual(["500"]);
    expect(values("पाँच हज़ार दो सौ")).toEqual(["5200"]);
  });

  it("folds Hindi spellings: पन्द्रह = पंद्रह, पाँच = पांच", () => {
    expect(values("पन्द्रह पंद्रह पाँच पांच")).toEqual(["15", "15", "5", "5"]);
  });

  it("reads English compounds: two hundred thousand, two hundred and fifty thousand, twenty-five", () => {
    expect(values("two hundred thousand")).toEqual(["200000"]);
    expect(values("two hundred and fifty thousand")).toEqual(["250000"]);
    expect(values("twenty-five, twenty five")).toEqual(["25", "25"]);
    expect(values("one thousand two hundred")).toEqual(["1200"]);
    expect(values("two thousand and five")).toEqual(["2005"]);
  });

  it("reads a hundred, a million, half a million, one and a half million", () => {
    expect(values("a hundred, a million, half a million, one and a half million")).toEqual(["100", "1000000", "500000", "1500000"]);
  });

  it("marks bare number words soft and figures strict", () => {
    expect(strict("दो किसान और 3 गायें")).toEqual([
      ["2", false],
      ["3", true],
    ]);
    expect(strict("five farmers")).toEqual([["5", false]]);
    expect(strict("a million people")).toEqual([["1000000", false]]);
  });

  it("does not read 'a', 'one of' or 'and' alone as figures", () => {
    expect(values("a farmer and a cow")).toEqual([]);
    expect(strict("one of them")).toEqual([["1", false]]);
  });

  it("reads English ordinals as soft numbers", () => {
    expect(strict("the twenty-first century, the first time")).toEqual([
      ["21", false],
      ["1", false],
    ]);
  });

  it("reads month names as soft months", () => {
    expect(strict("अगस्त में, in March")).toEqual([
      ["m:8", false],
      ["m:3", false],
    ]);
  });
});

describe("extractNumbers (aligner anchors)", () => {
  it("gives the strict values only", () => {
    expect(extractNumbers("2.5 लाख और 3 करोड़, दो किसान")).toEqual(["250000", "30000000"]);
    expect(extractNumbers("250,000 and 30 million")).toEqual(["250000", "30000000"]);
  });
});

describe("formatWestern", () => {
  it("groups by thousands and keeps decimals", () => {
    expect(formatWestern("200000")).toBe("200,000");
    expect(formatWestern("35000000.5")).toBe("35,000,000.5");
    expect(formatWestern("999")).toBe("999");
    expect(formatWestern("m:8")).toBe("m:8");
  });
});
