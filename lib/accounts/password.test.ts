import { describe, expect, it } from "vitest";
import { isStrongPassword } from "./password";

describe("isStrongPassword", () => {
  it.each([
    ["short1!", false],
    ["onlyletterslong", false],
    ["1234567890123", false],
    ["aaaaaaaaa1", false],
    ["correct horse 7", true],
    ["अनुवाद-सेतु-2026", true],
  ])("%s → %s", (password, expected) => {
    expect(isStrongPassword(password)).toBe(expected);
  });
});
