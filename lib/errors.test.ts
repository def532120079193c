import { describe, expect, it } from "vitest";
import { AppError, firstLineOf } from "./errors";

describe("firstLineOf", () => {
  it("gives the first line of a message", () => {
    expect(firstLineOf(new Error("connect ECONNREFUSED 127.0.0.1:5\nat …"))).toBe("connect ECONNREFUSED 127.0.0.1:5");
  });

  it("never says undefined for errors without a message", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED ::1:5432"), { code: "ECONNREFUSED" });
    expect(firstLineOf(new AggregateError([refused], ""))).toBe("connect ECONNREFUSED ::1:5432");
    expect(firstLineOf(Object.assign(new Error(""), { code: "ENOENT" }))).toBe("Error ENOENT");
    expect(firstLineOf(new Error("", { cause: new Error("the cause") }))).toBe("the cause");
    expect(firstLineOf(new TypeError())).toBe("TypeError without a message");
    expect(firstLineOf({ code: "57P03" })).toBe("57P03");
    expect(firstLineOf("plain text\nmore")).toBe("plain text");
    expect(firstLineOf(undefined)).toBe("unknown error (undefined)");
    for (const e of [new Error(), {}, null, 0, ""]) expect(firstLineOf(e)).not.toMatch(/^undefined$|^$/);
  });
});

describe("AppError's constructor", () => {
  it("requires a reason, and the values that reason's message interpolates (checked by tsc)", () => {
    // @ts-expect-error a reason is required: without one the UI would have no message of its own
    const bare = () => new AppError("BAD_INPUT", "no reason");
    // @ts-expect-error csvColumns's message needs expected and found besides the line
    const partial = () => new AppError("MALFORMED_FILE", "CSV line 1", { reason: "csvColumns", line: 1 });
    const full = new AppError("MALFORMED_FILE", "CSV line 1", { reason: "csvColumns", line: 1, expected: 5, found: 2 });
    expect(full.toEnvelope()).toMatchObject({ code: "MALFORMED_FILE", reason: "csvColumns", details: { line: 1, expected: 5, found: 2 } });
    expect(typeof bare).toBe("function");
    expect(typeof partial).toBe("function");
  });
});
