import { describe, expect, it } from "vitest";
import { paragraphTexts } from "./paragraph-text";

const sentences = [
  { position: 0, paragraph: 0, text: "एक।" },
  { position: 1, paragraph: 0, text: "दो।" },
  { position: 2, paragraph: 1, text: "तीन।" },
  { position: 3, paragraph: 2, text: "चार।" },
  { position: 4, paragraph: 2, text: "पाँच।" },
  { position: 5, paragraph: 4, text: "छह।" },
];

describe("paragraphTexts", () => {
  it("joins the English of a paragraph's units, keeps Hindi where English is missing, leaves untranslated paragraphs alone", () => {
    const result = paragraphTexts(sentences, [
      { first: 0, last: 0, english: "One." },
      { first: 1, last: 1, english: "Two." },
      { first: 2, last: 2, english: "" },
      { first: 3, last: 3, english: "Four." },
      { first: 4, last: 4, english: "" },
      { first: 5, last: 5, english: "" },
    ]);
    expect([...result]).toEqual([
      [0, "One. Two."],
      [1, null],
      [2, "Four. पाँच।"],
      [4, null],
    ]);
  });

  it("empties a paragraph taken over by a unit merged across the paragraph break", () => {
    const result = paragraphTexts(sentences, [
      { first: 0, last: 2, english: "One, two and three." },
      { first: 3, last: 4, english: "" },
      { first: 5, last: 5, english: "Six." },
    ]);
    expect([...result]).toEqual([
      [0, "One, two and three."],
      [1, ""],
      [2, null],
      [4, "Six."],
    ]);
  });
});
