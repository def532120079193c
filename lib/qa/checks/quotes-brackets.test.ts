import { describe, expect, it } from "vitest";
import { checkQuotesBrackets } from "./quotes-brackets";

const codes = (hi: string, en: string) => checkQuotesBrackets(hi, en).map((i) => i.code);

describe("quotes-brackets", () => {
  it("passes balanced quotes and brackets", () => {
    expect(codes("उसने कहा, “चलो” (जल्दी से)।", "He said, “Let’s go” (quickly).")).toEqual([]);
    expect(codes('उसने "हाँ" कहा।', 'He said "yes".')).toEqual([]);
  });
  it("flags an unbalanced bracket in the English", () => {
    expect(checkQuotesBrackets("राज्य (बिहार) में", "in the state (Bihar")).toEqual([
      expect.objectContaining({ code: "unbalancedBrackets", severity: "error", params: { open: "(", close: ")" } }),
    ]);
    expect(codes("राज्य में", "in the state) of Bihar (")).toEqual(["unbalancedBrackets"]);
  });
  it("flags unbalanced double quotes", () => {
    expect(codes("उसने “हाँ” कहा।", "He said “yes.")).toEqual(["unbalancedQuotes"]);
    expect(codes('उसने "हाँ" कहा।', 'He said "yes.')).toEqual(["unbalancedQuotes"]);
  });
  it("tolerates a quotation that the Hindi itself leaves open (it spans units)", () => {
    expect(codes("उसने कहा, “हम जीतेंगे।", "He said, “We will win.")).toEqual([]);
  });
  it("does not count apostrophes as quotes", () => {
    expect(codes("किसानों के अधिकार", "the farmers' rights, don't")).toEqual([]);
  });
  it("flags quotes the English dropped", () => {
    expect(codes("उसने 'अमर उजाला' पढ़ा।", "He read Amar Ujala.")).toEqual(["quotesMissing"]);
    expect(codes("उसने 'अमर उजाला' पढ़ा।", "He read ‘Amar Ujala’.")).toEqual([]);
  });
  it("flags brackets with content the English dropped, but not a one-word gloss", () => {
    expect(codes("संक्रमण (ट्रांजिशन) हुआ।", "The transition happened.")).toEqual([]);
    expect(codes("राज्य (जिसमें 38 जिले हैं) बड़ा है।", "The state is large.")).toEqual(["bracketsMissing"]);
  });
  it("checks the English alone when the Hindi has no quote or bracket", () => {
    expect(codes("किसान आए।", "The farmers (all of them came.")).toEqual(["unbalancedBrackets"]);
    expect(codes("किसान आए।", "The farmers came}.")).toEqual(["unbalancedBrackets"]);
    expect(codes("किसान आए।", "The “farmers came.")).toEqual(["unbalancedQuotes"]);
    expect(codes("किसान आए।", "The farmers came.")).toEqual([]);
  });
  it("reads a single opening quote or a lone apostrophe in the Hindi as a quote", () => {
    expect(codes("उसने ‘अमर उजाला पढ़ा।", "He read Amar Ujala.")).toEqual(["quotesMissing"]);
    expect(codes("उसने «अमर उजाला» पढ़ा।", "He read Amar Ujala.")).toEqual(["quotesMissing"]);
  });
});
