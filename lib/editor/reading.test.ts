import { describe, expect, it } from "vitest";
import { paragraphsOf } from "./reading";

describe("paragraphsOf", () => {
  const sentences = [
    { position: 0, paragraph: 0, text: "पहला।" },
    { position: 1, paragraph: 0, text: "दूसरा।" },
    { position: 2, paragraph: 1, text: "तीसरा।" },
    { position: 3, paragraph: 1, text: "चौथा।" },
  ];

  it("joins each paragraph's Hindi and the English of the units starting in it", () => {
    expect(
      paragraphsOf(sentences, [
        { first: 2, english: "Third." },
        { first: 0, english: "First and second." },
        { first: 3, english: "  " },
      ]),
    ).toEqual([
      { paragraph: 0, hindi: "पहला। दूसरा।", english: "First and second.", untranslated: 0 },
      { paragraph: 1, hindi: "तीसरा। चौथा।", english: "Third.", untranslated: 1 },
    ]);
  });

  it("puts a unit spanning a paragraph break where it starts", () => {
    expect(
      paragraphsOf(sentences, [
        { first: 0, english: "One." },
        { first: 1, english: "Two and three." },
      ]).map((p) => p.english),
    ).toEqual(["One. Two and three.", ""]);
  });
});
