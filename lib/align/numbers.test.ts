import { describe, expect, it } from "vitest";
import { extractNumbers } from "./numbers";

describe("extractNumbers", () => {
  it("gives Indian, Western and Devanagari grouping one value", () => {
    expect(extractNumbers("2,00,000 200,000 २,००,००० 200000")).toEqual(["200000", "200000", "200000", "200000"]);
  });

  it("keeps decimals and drops trailing sentence punctuation", () => {
    expect(extractNumbers("दर 2.5 प्रतिशत रही, 2023.")).toEqual(["2.5", "2023"]);
  });

  it("scales lakh, crore and million so digits and scale words agree", () => {
    expect(extractNumbers("2.5 लाख और 3 करोड़")).toEqual(["250000", "30000000"]);
    expect(extractNumbers("250,000 and 30 million")).toEqual(["250000", "30000000"]);
  });

  it("keeps dotted dates whole instead of reading a decimal", () => {
    expect(extractNumbers("15.08.2023 को")).toEqual(["15.08.2023"]);
  });
});
