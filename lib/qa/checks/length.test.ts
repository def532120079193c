import { describe, expect, it } from "vitest";
import { checkLength } from "./length";

const HINDI = "बिहार में बाढ़ से पचास हज़ार लोग प्रभावित हुए और सरकार ने राहत शिविर खोले।";

describe("length", () => {
  it("passes a translation of ordinary length", () => {
    expect(checkLength(HINDI, "Floods in Bihar affected fifty thousand people and the government opened relief camps.")).toEqual([]);
  });
  it("flags a translation far too short", () => {
    expect(checkLength(HINDI, "Floods.")).toEqual([
      expect.objectContaining({ check: "length", code: "lengthTooShort", severity: "warning" }),
    ]);
  });
  it("flags a translation far too long", () => {
    const long = "Floods in Bihar affected fifty thousand people and the government opened relief camps. ".repeat(3);
    const [issue] = checkLength(HINDI, long);
    expect(issue).toMatchObject({ code: "lengthTooLong" });
    expect(issue.params.expected).toBeGreaterThan(60);
  });
  it("allows short units more freedom (the variance grows with length)", () => {
    expect(checkLength("हाँ।", "Yes, indeed.")).toEqual([]);
  });
  it("skips an empty side", () => {
    expect(checkLength(HINDI, "")).toEqual([]);
  });
  it("uses the model it is given", () => {
    expect(checkLength(HINDI, HINDI, { c: 3, s2: 1 })).toHaveLength(1);
  });
});
