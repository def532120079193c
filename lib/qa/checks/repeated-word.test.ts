import { describe, expect, it } from "vitest";
import { checkRepeatedWord } from "./repeated-word";

describe("repeated-word", () => {
  it("flags the same word twice in a row, in any case", () => {
    expect(checkRepeatedWord("The the farmers came.")).toEqual([
      expect.objectContaining({
        check: "repeated-word",
        code: "repeatedWord",
        severity: "warning",
        params: { word: "The" },
        key: "repeatedWord:the",
      }),
    ]);
    expect(checkRepeatedWord("They went to to the field.")).toHaveLength(1);
  });
  it("does not flag words that only share a start or an end", () => {
    expect(checkRepeatedWord("the theory of other others")).toEqual([]);
  });
  it("leaves grammatical repeats alone", () => {
    expect(checkRepeatedWord("She had had enough; he said that that was all.")).toEqual([]);
  });
  it("reports a repeated word once", () => {
    expect(checkRepeatedWord("the the farmers and the the cows")).toHaveLength(1);
  });
  it("finds repeats across any whitespace and case, and none across punctuation or in longer words", () => {
    expect(checkRepeatedWord("It was The\tthe end.")).toEqual([expect.objectContaining({ params: { word: "The" } })]);
    expect(checkRepeatedWord("in\r\nIN the field")).toHaveLength(1);
    expect(checkRepeatedWord("the, the end")).toEqual([]);
    expect(checkRepeatedWord("the theme of them")).toEqual([]);
    expect(checkRepeatedWord("don't don't")).toHaveLength(1);
  });
});
