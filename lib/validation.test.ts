import { describe, expect, it } from "vitest";
import { entityId, multiLine, parseInstant, rowId, singleLine } from "./validation";

describe("text fields", () => {
  it("strips NUL and other controls from single-line fields and normalises them", () => {
    expect(singleLine(200).parse("a\u0000b\u0007 \t c\n")).toBe("a b c");
    expect(singleLine(200, { min: 1 }).safeParse("\u0000\u0001").success).toBe(false);
    expect(singleLine(3).safeParse("abcd").success).toBe(false);
  });

  it("keeps line breaks in multi-line fields but not NUL", () => {
    expect(multiLine(2000).parse(" line 1\r\nline\u0000 2 ")).toBe("line 1\nline 2");
    expect(multiLine(2000, { min: 1, error: "commentEmpty" }).safeParse("\u0000").error?.issues[0].message).toBe("commentEmpty");
  });
});

describe("ids in bodies", () => {
  it.each([
    [1, true],
    [2_147_483_647, true],
    [2_147_483_648, false],
    [0, false],
    [1.5, false],
  ])("rowId %s → %s", (value, ok) => {
    expect(rowId.safeParse(value).success).toBe(ok);
  });

  it.each([
    ["cm3x9q2ab0000abcdxyz12345", true],
    ["a\u0000b", false],
    ["", false],
  ])("entityId %j → %s", (value, ok) => {
    expect(entityId.safeParse(value).success).toBe(ok);
  });
});

describe("instants from queries", () => {
  const now = Date.UTC(2026, 5, 1);
  it.each([
    ["2026-05-31T10:00:00.000Z", Date.UTC(2026, 4, 31, 10)],
    ["2026-05-31T15:30:00+05:30", Date.UTC(2026, 4, 31, 10)],
    ["-005000-01-01T00:00:00Z", null],
    ["+275760-09-13T00:00:00Z", null],
    ["1999-12-31T23:59:59Z", null],
    ["2026-06-03T00:00:00Z", null],
    ["2026-05-31", null],
    ["yesterday", null],
    ["", null],
  ])("%j → %s", (raw, expected) => {
    expect(parseInstant(raw, now)?.getTime() ?? null).toBe(expected);
  });
});
