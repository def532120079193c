import { beforeAll, describe, expect, it } from "vitest";
import { changeRole, createUser, signIn } from "@/features/accounts/mutations";
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

  it("slows down repeated failures from one address without locking the account out", async () => {
    await createUser({ name: "Rl", email: email("rl"), password });
    const attacker = new Headers({ "x-forwarded-for": "203.0.113.9" });
    const owner = new Headers({ "x-forwarded-for": "198.51.100.4" });
    for (let i = 0; i < 5; i++) {
      await expectAppError(signIn(email("rl"), `wrong ${i} password`, attacker), "UNAUTHENTICATED");
    }
    // The attacker's address now has to wait, even with the right password...
    await expectAppError(signIn(email("rl"), password, attacker), "RATE_LIMITED", "signInThrottled");
    // ...while the owner, from their own address, signs in at once.
    await expect(signIn(email("rl"), password, owner)).resolves.toBeUndefined();
    // The wait grows with every failure after the free ones (time is moved, not waited for).
    const shift = (seconds: number) =>
      prisma.$executeRaw`UPDATE sign_in_failure SET at = at - make_interval(secs => ${seconds}) WHERE email = ${email("rl")}`;
    await shift(2);
    await expectAppError(signIn(email("rl"), "wrong again 1", attacker), "UNAUTHENTICATED");
    const refused = await signIn(email("rl"), password, attacker).catch((e: AppError) => e);
    expect((refused as AppError).details?.retryAfter).toBe(2);
    // After the wait the right password works from that address too: there is no lock.
    await shift(3);
    await expect(signIn(email("rl"), password, attacker)).resolves.toBeUndefined();
  });

  it("prunes failures older than a day", async () => {
    await prisma.$executeRaw`INSERT INTO sign_in_failure (email, ip, at) VALUES ('old@example.test', '192.0.2.1', now() - interval '2 days')`;
    await expectAppError(signIn(email("nobody"), "wrong password 9", new Headers({ "x-forwarded-for": "192.0.2.2" })), "UNAUTHENTICATED");
    expect(await prisma.signInFailure.count({ where: { email: "old@example.test" } })).toBe(0);
    expect(await prisma.signInFailure.count({ where: { email: email("nobody") } })).toBe(1);
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
