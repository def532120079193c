import { describe, expect, it } from "vitest";
import { auditActionKey, describeAuditDetails, referencedIds } from "./describe";

const lookups = { unitNumbers: new Map([[501, 7]]), users: new Map([["u-1", "asha@example.test"]]) };

describe("describeAuditDetails", () => {
  it("names statuses, keeps the version and shows fields in one order whatever order JSONB returns", () => {
    expect(describeAuditDetails({ to: "translated", from: "draft", version: 3 }, lookups)).toEqual([
      { field: "version", name: "version", value: { kind: "number", value: 3 } },
      { field: "from", name: "from", value: { kind: "status", status: "draft" } },
      { field: "to", name: "to", value: { kind: "status", status: "translated" } },
    ]);
  });

  it("shows units by the editor's number, and a unit that is gone as gone", () => {
    const merge = describeAuditDetails({ removed: 999, sentences: [3, 4], from: ["translated", "approved"], to: "translated" }, lookups);
    expect(merge.map((d) => d.name)).toEqual(["from", "to", "removed"]);
    expect(merge[2].value).toEqual({ kind: "unit", number: null });
    expect(merge[0].value).toEqual({
      kind: "list",
      items: [
        { kind: "status", status: "translated" },
        { kind: "status", status: "approved" },
      ],
    });
    expect(describeAuditDetails({ direction: "last-to-next", neighbour: 501 }, lookups)).toEqual([
      { field: "neighbour", name: "neighbour", value: { kind: "unit", number: 7 } },
      { field: "direction", name: "direction", value: { kind: "direction", direction: "last-to-next" } },
    ]);
  });

  it("marks Devanagari text as Hindi and hides internal ids", () => {
    const fields = describeAuditDetails({ entryId: "e-9", hindi: "किसान", partOfSpeech: "noun" }, lookups);
    expect(fields).toEqual([
      { field: "hindi", name: "hindi", value: { kind: "text", text: "किसान", hindi: true } },
      { field: "partOfSpeech", name: "partOfSpeech", value: { kind: "text", text: "noun", hindi: false } },
    ]);
  });

  it("reads roles, accounts, bulk filters and bead shapes", () => {
    const fields = describeAuditDetails(
      {
        target: "u-1",
        from: "translator",
        to: "reviewer",
        filter: { withoutTermIssues: true, withoutOpenComments: false },
        beads: { "1:1": 5, "2:1": 1 },
      },
      lookups,
    );
    expect(fields.map((f) => f.value)).toEqual([
      { kind: "role", role: "translator" },
      { kind: "role", role: "reviewer" },
      { kind: "flags", flags: ["withoutTermIssues"] },
      { kind: "text", text: "1:1 × 5, 2:1 × 1", hindi: false },
      { kind: "text", text: "asha@example.test", hindi: false },
    ]);
  });

  it("keeps a field it does not know, as text under its own name", () => {
    expect(describeAuditDetails({ qaChecks: ["number", "latin"], nested: { a: 1 } }, lookups)).toEqual([
      { field: null, name: "nested", value: { kind: "text", text: "a: 1", hindi: false } },
      { field: null, name: "qaChecks", value: { kind: "text", text: "number, latin", hindi: false } },
    ]);
    expect(describeAuditDetails(null, lookups)).toEqual([]);
  });

  it("names a QA issue by its check and severity, not its key", () => {
    expect(
      describeAuditDetails({ key: "ab12", check: "number", code: "numberMissing", severity: "error", reason: "नाम है" }, lookups),
    ).toEqual([
      { field: "check", name: "check", value: { kind: "qa", of: "check", code: "number" } },
      { field: "severity", name: "severity", value: { kind: "qa", of: "severity", code: "error" } },
      { field: "reason", name: "reason", value: { kind: "text", text: "नाम है", hindi: true } },
    ]);
  });

  it("shows a check or severity this version does not know as its code, not as a missing message", () => {
    expect(describeAuditDetails({ check: "retired", severity: "fatal" }, lookups).map((d) => d.value)).toEqual([
      { kind: "text", text: "retired", hindi: false },
      { kind: "text", text: "fatal", hindi: false },
    ]);
  });
});

describe("auditActionKey and referencedIds", () => {
  it("maps known actions to message keys and unknown ones to null", () => {
    expect(auditActionKey("unit.edit+status")).toBe("unitEditStatus");
    expect(auditActionKey("unit.teleport")).toBeNull();
    expect(auditActionKey("toString")).toBeNull();
  });

  it("collects the unit and user ids to look up", () => {
    expect(referencedIds({ created: 12, target: "u-1", version: 2 })).toEqual({ units: [12], users: ["u-1"] });
    expect(referencedIds("text")).toEqual({ units: [], users: [] });
  });
});
