import { describe, expect, it } from "vitest";
import { containsPattern } from "./contains-pattern";

describe("containsPattern", () => {
  it("wraps the text and escapes LIKE wildcards", () => {
    expect(containsPattern("किसान")).toBe("%किसान%");
    expect(containsPattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
  });
});
