import { describe, expect, it } from "vitest";
import { asciiDigits, insertAt, sourceTokens } from "./copy-source";

describe("sourceTokens", () => {
  it("takes numbers of either script and Latin tokens, in order", () => {
    expect(sourceTokens("सरकार ने ५०० करोड़ रुपये की COVID-19 योजना www.india.gov.in पर 12.5% ब्याज के साथ घोषित की।")).toEqual([
      "500",
      "COVID-19",
      "www.india.gov.in",
      "12.5%",
    ]);
  });

  it("keeps Indian grouping, dates and times as written", () => {
    expect(sourceTokens("1,00,000 लोग 15/08/1947 को सुबह 9:30 बजे")).toEqual(["1,00,000", "15/08/1947", "9:30"]);
  });

  it("finds nothing in plain Hindi", () => {
    expect(sourceTokens("किसान सुबह खेत गए।")).toEqual([]);
  });
});

describe("asciiDigits and insertAt", () => {
  it("turns Devanagari digits into ASCII", () => {
    expect(asciiDigits("२०२६")).toBe("2026");
  });

  it("inserts at the caret with a space after a word, replacing a selection", () => {
    expect(insertAt("Rs crore", 2, 2, "500")).toEqual({ text: "Rs 500 crore", caret: 6 });
    expect(insertAt("", 0, 0, "500")).toEqual({ text: "500", caret: 3 });
    expect(insertAt("a X b", 2, 3, "Y")).toEqual({ text: "a Y b", caret: 3 });
  });
});
