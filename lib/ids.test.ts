import { describe, expect, it } from "vitest";
import { isEntityId, isRowId, MAX_ROW_ID, parseRowId } from "./ids";

describe("ids", () => {
  it.each([
    ["1", 1],
    ["2147483647", MAX_ROW_ID],
    ["2147483648", null],
    ["99999999999", null],
    ["0", null],
    ["-1", null],
    ["01", null],
    ["1e3", null],
    ["1.0", null],
    [" 1", null],
    ["", null],
    ["1\u0000", null],
  ])("parseRowId(%j) → %s", (raw, expected) => {
    expect(parseRowId(raw)).toBe(expected);
  });

  it("checks numeric row ids", () => {
    expect(isRowId(1)).toBe(true);
    expect(isRowId(MAX_ROW_ID + 1)).toBe(false);
    expect(isRowId(1.5)).toBe(false);
    expect(isRowId("1")).toBe(false);
  });

  it.each([
    ["cm3x9q2ab0000abcdxyz12345", true],
    ["no-such-document", true],
    ["a\u0000b", false],
    ["", false],
    ["x".repeat(65), false],
    ["../etc", false],
    ["a b", false],
  ])("isEntityId(%j) → %s", (raw, expected) => {
    expect(isEntityId(raw)).toBe(expected);
  });
});
