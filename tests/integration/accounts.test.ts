import { beforeAll, describe, expect, it } from "vitest";
import { changeRole, createUser, MAX_FAILED_SIGN_INS, signIn } from "@/features/accounts/mutations";
import { AppError } from "@/lib/errors";
import { prisma } from "@/lib/server/prisma";

const unique = Date.now().toString(36);
const email = (name: string) => `${name}-${unique}@example.test`;
const password = "correct horse 7";

async function expectAppError(promise: Promise<unknown>, code: string, reason?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (reason) expect((error as AppError).details?.reason).toBe(reason);
}

describe("accounts", () => {
  beforeAll(async () => {
    // This file is about the first account of an installation, so it starts from none.
    await prisma.$executeRawUnsafe(`TRUNCATE "user", sign_in_failure CASCADE`);
  });

  it("makes exactly one of several concurrent first sign-ups admin", async () => {
    const created = await Promise.all(["a", "b", "c"].map((n) => createUser({ name: n, email: email(`first-${n}`), password })));
    const users = await prisma.user.findMany({ where: { id: { in: created.map((c) => c.id) } } });
    expect(users.filter((u) => u.role === "admin")).toHaveLength(1);
    expect(users.filter((u) => u.role === "translator")).toHaveLength(2);
  });

  it("stores a scrypt hash, never the password", async () => {
    const { id } = await createUser({ name: "Hash", email: email("hash"), password });
    const account = await prisma.account.findFirst({ where: { userId: id, providerId: "credential" } });
    expect(account?.password).toBeTruthy();
    expect(account?.password).not.toContain(password);
    expect(account?.password?.length).toBeGreaterThan(60);
  });

  it("refuses a used email without creating anything", async () => {
    await createUser({ name: "One", email: email("dup"), password });
    const before = await prisma.user.count();
    await expectAppError(createUser({ name: "Two", email: email("dup"), password }), "CONFLICT", "emailTaken");
    expect(await prisma.user.count()).toBe(before);
  });

  it("signs in with the right password and rejects a wrong one", async () => {
    await createUser({ name: "Sig", email: email("sig"), password });
    await expect(signIn(email("sig"), password, new Headers())).resolves.toBeUndefined();
    await expectAppError(signIn(email("sig"), "wrong password 1", new Headers()), "UNAUTHENTICATED", "wrongCredentials");
  });

  it("rate-limits repeated failed sign-ins, even with the right password afterwards", async () => {
    await createUser({ name: "Rl", email: email("rl"), password });
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) {
      await expectAppError(signIn(email("rl"), `wrong ${i} password`, new Headers()), "UNAUTHENTICATED");
    }
    await expectAppError(signIn(email("rl"), password, new Headers()), "RATE_LIMITED");
  });

  it("changes roles, audits it, and never removes the last admin", async () => {
    const admin = await prisma.user.findFirstOrThrow({ where: { role: "admin" } });
    const { id } = await createUser({ name: "Rev", email: email("rev"), password });
    await changeRole(admin.id, id, "reviewer");
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).role).toBe("reviewer");
    const audit = await prisma.auditLog.findFirst({ where: { action: "user.role", userId: admin.id }, orderBy: { id: "desc" } });
    expect(audit?.details).toMatchObject({ target: id, from: "translator", to: "reviewer" });
    await expectAppError(changeRole(admin.id, admin.id, "translator"), "CONFLICT", "lastAdmin");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
  });

  it("keeps the audit log append-only", async () => {
    await expect(prisma.$executeRawUnsafe(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow();
    await expect(prisma.$executeRawUnsafe(`DELETE FROM audit_log`)).rejects.toThrow();
  });
});
