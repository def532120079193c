import { describe, expect, it } from "vitest";
import { checkLatin, latinTokens } from "./latin";

describe("latin", () => {
  it("finds acronyms, codes, URLs and e-mail addresses in the Hindi", () => {
    expect(latinTokens("ISRO ने A320 और COVID-19 पर https://isro.gov.in/news देखें, mail@isro.gov.in लिखें।")).toEqual([
      "https://isro.gov.in/news",
      "mail@isro.gov.in",
      "ISRO",
      "A320",
      "COVID-19",
    ]);
  });
  it("passes when every token is in the English, in any case, with a plural or possessive", () => {
    expect(checkLatin("ISRO और GST के नियम", "Isro's rules and the GST")).toEqual([]);
    expect(checkLatin("कई PhD छात्र", "many PhDs")).toEqual([]);
    expect(checkLatin("देखें https://isro.gov.in।", "See https://isro.gov.in.")).toEqual([]);
  });
  it("flags a token the English lacks", () => {
    expect(checkLatin("GST परिषद ने कहा", "The tax council said")).toEqual([
      expect.objectContaining({
        check: "latin",
        code: "latinMissing",
        severity: "warning",
        params: { token: "GST" },
        key: "latinMissing:gst",
      }),
    ]);
  });
  it("matches whole tokens only: ISRO is not found inside ISROX", () => {
    expect(checkLatin("ISRO ने कहा", "ISROX said")).toHaveLength(1);
  });
  it("flags a changed product code", () => {
    expect(checkLatin("A320 विमान", "an A321 aircraft")).toHaveLength(1);
  });
  it("has nothing to check in pure Devanagari", () => {
    expect(checkLatin("किसान खेत गए।", "")).toEqual([]);
  });
});
