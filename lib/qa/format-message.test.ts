import { describe, expect, it } from "vitest";
import { formatQaMessage, qaCheckName } from "./format-message";

describe("QA messages outside React", () => {
  it("fill the ICU message of the code in either language", () => {
    expect(formatQaMessage("en", "numberMismatch", { hindi: "2 लाख", english: "20,000" })).toBe(
      "Numbers differ: 2 लाख in the Hindi, 20,000 in the English.",
    );
    const hindi = formatQaMessage("hi", "numberMismatch", { hindi: "2 लाख", english: "20,000" });
    expect(hindi).toContain("2 लाख");
    expect(hindi).toMatch(/[\u0900-\u097F]{3}/);
    expect(qaCheckName("en", "number")).toBe("Numbers");
  });
});
