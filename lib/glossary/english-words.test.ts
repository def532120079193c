import { describe, expect, it } from "vitest";
import { compileEnglishTerm, tokenizeEnglish } from "./english-words";

const find = (term: string, text: string) => compileEnglishTerm(term).find(tokenizeEnglish(text));

describe("compileEnglishTerm", () => {
  it("matches regular inflections and possessives, case-insensitively", () => {
    expect(find("farmer", "Farmers’ and farmer's and FARMER")).toEqual([
      [0, 8],
      [13, 21],
      [26, 32],
    ]);
    expect(find("policy", "policies")).toHaveLength(1);
    expect(find("irrigate", "irrigating, irrigated")).toHaveLength(2);
  });

  it("matches whole words and whole phrases only", () => {
    expect(find("farm", "farmer farmhouse")).toEqual([]);
    expect(find("Government of India", "government of india's plan; government in India")).toEqual([[0, 21]]);
  });
});
