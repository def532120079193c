import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { saveQaSettingsAction } from "@/features/qa/actions";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeUser } from "../support/fixtures";
import { asSession, sessionCookie } from "../support/http";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * The QA server actions (features/qa/actions.ts) through the real safe-action wrapper and the real
 * session lookup (a signed session cookie). Refusals first, each asserting that the database did
 * not change: no session, another role, bad input. The setting is the instance's and has no
 * version (the last admin to save wins, as with the route), so there is no stale-version refusal.
 */
const users: Record<"translator" | "reviewer" | "admin", CurrentUser> = {} as never;
const cookies: Record<"translator" | "reviewer" | "admin", string> = {} as never;

beforeAll(async () => {
  for (const role of ["translator", "reviewer", "admin"] as const) {
    users[role] = await makeUser(role, `qa-actions-${role}`);
    cookies[role] = await sessionCookie(users[role].email, "correct horse 7");
  }
  await prisma.$executeRaw`DELETE FROM instance_setting WHERE key = 'qa'`;
});

afterAll(async () => {
  await prisma.$executeRaw`DELETE FROM instance_setting WHERE key = 'qa'`;
});

async function snapshot() {
  return {
    settings: await prisma.$queryRaw`SELECT value, updated_by_id FROM instance_setting WHERE key = 'qa'`,
    audit: await prisma.auditLog.count({ where: { action: "settings.qa" } }),
  };
}

describe("saveQaSettingsAction refuses", () => {
  const cases: [string, keyof typeof cookies | null, unknown, string][] = [
    ["no session", null, { blockApproval: true }, "UNAUTHENTICATED"],
    ["a translator", "translator", { blockApproval: true }, "FORBIDDEN"],
    ["a reviewer", "reviewer", { blockApproval: true }, "FORBIDDEN"],
    ["a string for the boolean", "admin", { blockApproval: "true" }, "BAD_INPUT"],
    ["a missing field", "admin", {}, "BAD_INPUT"],
    ["no object at all", "admin", null, "BAD_INPUT"],
    ["a list", "admin", [true], "BAD_INPUT"],
  ];
  for (const [name, who, input, code] of cases) {
    it(`${name} (${code}) and changes nothing`, async () => {
      const before = await snapshot();
      const result = await asSession(who ? cookies[who] : null, () => saveQaSettingsAction(input));
      expect(result).toMatchObject({ ok: false, code });
      // The envelope carries a reason a client can translate, never a stack.
      expect(result.ok === false && typeof result.reason).toBe("string");
      expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/);
      expect(await snapshot()).toEqual(before);
    });
  }
});

describe("saveQaSettingsAction", () => {
  it("lets an admin turn the gate on and off, stores only the known field and audits each change", async () => {
    const before = await snapshot();
    const on = await asSession(cookies.admin, () => saveQaSettingsAction({ blockApproval: true, extra: "ignored" }));
    expect(on).toEqual({ ok: true, data: { blockApproval: true } });
    expect(await snapshot()).toEqual({
      settings: [{ value: { blockApproval: true }, updated_by_id: users.admin.id }],
      audit: before.audit + 1,
    });
    const off = await asSession(cookies.admin, () => saveQaSettingsAction({ blockApproval: false }));
    expect(off).toEqual({ ok: true, data: { blockApproval: false } });
    expect((await snapshot()).audit).toBe(before.audit + 2);
  });
});
