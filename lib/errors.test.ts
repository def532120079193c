import { describe, expect, it } from "vitest";
import { describeError } from "./errors";

describe("describeError", () => {
  it("gives the first line of a message", () => {
    expect(describeError(new Error("connect ECONNREFUSED 127.0.0.1:5\nat …"))).toBe("connect ECONNREFUSED 127.0.0.1:5");
  });

  it("never says undefined for errors without a message", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED ::1:5432"), { code: "ECONNREFUSED" });
    expect(describeError(new AggregateError([refused], ""))).toBe("connect ECONNREFUSED ::1:5432");
    expect(describeError(Object.assign(new Error(""), { code: "ENOENT" }))).toBe("Error ENOENT");
    expect(describeError(new Error("", { cause: new Error("the cause") }))).toBe("the cause");
    expect(describeError(new TypeError())).toBe("TypeError without a message");
    expect(describeError({ code: "57P03" })).toBe("57P03");
    expect(describeError("plain text\nmore")).toBe("plain text");
    expect(describeError(undefined)).toBe("unknown error (undefined)");
    for (const e of [new Error(), {}, null, 0, ""]) expect(describeError(e)).not.toMatch(/^undefined$|^$/);
  });
});
