import { describe, expect, it } from "vitest";
import { isClientId, isOwnRing, newClientId, parseRing } from "./client-id";

describe("tab client ids", () => {
  it("a new id is 32 hex digits and passes the check", () => {
    const id = newClientId();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(isClientId(id)).toBe(true);
    expect(newClientId()).not.toBe(id);
    expect(newClientId((b) => b.fill(255))).toBe("f".repeat(32));
  });

  it("refuses what could break a payload split on spaces or a SQL string", () => {
    for (const bad of [
      "",
      "short",
      "a".repeat(65),
      "abcdefghijklmnop q",
      "abcdefghijklmnop'--",
      "abcdefghijklmnop\n",
      "अबcdefghijklmnopqr",
      null,
      42,
    ]) {
      expect(isClientId(bad)).toBe(false);
    }
    expect(isClientId("a".repeat(16))).toBe(true);
    expect(isClientId("A-b_".repeat(16))).toBe(true);
  });
});

describe("rings", () => {
  const tab = "0123456789abcdef0123";
  it("a bare document id has no client; a payload with one names it", () => {
    expect(parseRing("doc1")).toEqual({ documentId: "doc1", client: null });
    expect(parseRing(`doc1 ${tab}`)).toEqual({ documentId: "doc1", client: tab });
    expect(parseRing("doc1 not a client")).toEqual({ documentId: "doc1", client: null });
  });

  it("only the tab's own ring is skipped, and only by a stream that named a tab", () => {
    const own = parseRing(`doc1 ${tab}`);
    expect(isOwnRing(own, tab)).toBe(true);
    expect(isOwnRing(own, "fedcba9876543210fedc")).toBe(false);
    expect(isOwnRing(own, null)).toBe(false);
    expect(isOwnRing(parseRing("doc1"), tab)).toBe(false);
  });
});
