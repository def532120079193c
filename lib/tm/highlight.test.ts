import { describe, expect, it } from "vitest";
import { highlightParts } from "./highlight";

describe("highlightParts", () => {
  it("marks every occurrence of a Hindi phrase", () => {
    expect(highlightParts("किसान और किसान संघ", "किसान")).toEqual([
      { text: "किसान", hit: true },
      { text: " और ", hit: false },
      { text: "किसान", hit: true },
      { text: " संघ", hit: false },
    ]);
  });

  it("compares Latin letters without case and collapses the query's spaces", () => {
    expect(highlightParts("The Farmers' union met farmers.", "  farmers ")).toEqual([
      { text: "The ", hit: false },
      { text: "Farmers", hit: true },
      { text: "' union met ", hit: false },
      { text: "farmers", hit: true },
      { text: ".", hit: false },
    ]);
    expect(highlightParts("a  b", "a b")).toEqual([{ text: "a  b", hit: false }]);
  });

  it("leaves a text without the query (a folded-spelling hit) unmarked, and an empty query too", () => {
    expect(highlightParts("जमीन का मुआवजा", "ज़मीन")).toEqual([{ text: "जमीन का मुआवजा", hit: false }]);
    expect(highlightParts("text", " ")).toEqual([{ text: "text", hit: false }]);
  });
});
