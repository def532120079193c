import { describe, expect, it } from "vitest";
import { statusAfterEdit, statusAfterRealignment } from "./status";

describe("unit status rules", () => {
  it.each([
    ["draft", "text", false, "translator", "draft"],
    ["draft", "text", true, "translator", "translated"],
    ["draft", "   ", true, "translator", "draft"],
    ["rejected", "fixed", false, "translator", "rejected"],
    ["rejected", "fixed", true, "translator", "translated"],
    ["approved", "edited", false, "reviewer", "approved"],
    ["approved", "edited", false, "translator", "translated"],
    ["translated", "", false, "translator", "draft"],
  ] as const)("%s + save %j (mark %s, %s) → %s", (current, english, mark, role, expected) => {
    expect(statusAfterEdit(current, english, mark, role)).toBe(expected);
  });

  it("takes realigned units out of approved", () => {
    expect(statusAfterRealignment(["approved", "approved"], "a b")).toBe("translated");
    expect(statusAfterRealignment(["approved", "draft"], "a")).toBe("draft");
    expect(statusAfterRealignment(["translated", "rejected"], "a")).toBe("rejected");
    expect(statusAfterRealignment(["approved"], "")).toBe("draft");
  });
});
