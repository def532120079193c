import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as signUpRoute from "@/app/api/settings/signup/route";
import { signUpAction } from "@/features/accounts/actions";
import { createUser } from "@/features/accounts/mutations";
import {
  acceptInvitationAction,
  createInvitationAction,
  revokeInvitationAction,
  saveSignUpModeAction,
} from "@/features/invitations/actions";
import { createInvitation, saveSignUpMode } from "@/features/invitations/mutations";
import { createProject, setMember } from "@/features/projects/mutations";
import { getAuth } from "@/lib/server/auth";
import { SIGN_UP_SETTING_KEY } from "@/lib/server/invitations";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { DEFAULT_PROJECT, makeUser } from "../support/fixtures";
import { asSession, call, ORIGIN, sessionCookie } from "../support/http";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * #16's sign-up setting and invitation links against the real database, through the real server actions,
 * the real route and better-auth's own sign-up endpoint (its HTTP handler, not only our form's action):
 * every refusal leaves users, members, invitations, the setting and the audit log as they were.
 */
type Who = "admin" | "manager" | "translator" | "outsider" | "stranger";
const users = {} as Record<Who, CurrentUser>;
const cookies = {} as Record<Who, string>;
let projectId = "";
let otherProjectId = "";
let counter = 0;
const PASSWORD = "correct horse 7";
const email = (label: string) => `invite-${label}-${Date.now().toString(36)}-${++counter}@example.test`;

beforeAll(async () => {
  for (const who of ["admin", "manager", "translator", "outsider", "stranger"] as const) {
    users[who] = await makeUser(who === "admin" ? "admin" : "translator", `invite-${who}`);
    cookies[who] = await sessionCookie(users[who].email, PASSWORD);
  }
  projectId = (await createProject(`Invite ${Date.now()}`, users.manager.id)).id;
  await setMember(projectId, users.translator.id, "translator", users.manager.id);
  // The outsider manages a project of their own, not this one; the stranger is in neither.
  otherProjectId = (await createProject(`Invite elsewhere ${Date.now()}`, users.outsider.id)).id;
  await saveSignUpMode("invite-only", users.admin.id);
});

afterAll(async () => {
  // The other test files sign up in the default, open installation.
  await prisma.instanceSetting.deleteMany({ where: { key: SIGN_UP_SETTING_KEY } });
});

async function snapshot() {
  return {
    users: await prisma.user.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true } }),
    members: await prisma.projectMember.findMany({ orderBy: [{ projectId: "asc" }, { userId: "asc" }] }),
    invitations: await prisma.invitation.findMany({ orderBy: { id: "asc" } }),
    setting: await prisma.instanceSetting.findUnique({ where: { key: SIGN_UP_SETTING_KEY } }),
    audit: await prisma.auditLog.count(),
  };
}

/** A link made by the manager; `tweak` puts it into a state (used, expired…) directly in the database. */
async function invitation(options: { role?: "translator" | "reviewer" | "manager"; email?: string | null; project?: string } = {}) {
  const created = await createInvitation(
    { projectId: options.project ?? projectId, role: options.role ?? "translator", email: options.email ?? null, days: 7 },
    { id: users.manager.id, role: "translator" },
  );
  return created;
}

function signUp(address: string, invitationToken?: string) {
  return asSession(null, () => signUpAction({ name: "New person", email: address, password: PASSWORD, invitationToken }));
}

/** A POST to better-auth's own sign-up endpoint, as a client that skips Setu's form would send it. */
async function postSignUp(body: Record<string, unknown>, origin: string = ORIGIN): Promise<Response> {
  return getAuth().handler(
    new Request(new URL("/api/auth/sign-up/email", ORIGIN), {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify(body),
    }),
  );
}

describe("invite-only sign-up refuses, creating no account", () => {
  const refusals: [string, () => Promise<{ token?: string; address: string }>, string, string][] = [
    ["no invitation", async () => ({ address: email("none") }), "FORBIDDEN", "signUpInviteOnly"],
    [
      "an unknown token (right shape, never issued)",
      async () => ({ token: randomBytes(32).toString("base64url"), address: email("unknown") }),
      "NOT_FOUND",
      "invitationUnknown",
    ],
    [
      "a token of the wrong shape",
      async () => ({ token: "../../etc/passwd", address: email("garbage") }),
      "NOT_FOUND",
      "invitationUnknown",
    ],
    [
      "a used token",
      async () => {
        const { id, token } = await invitation();
        await prisma.invitation.update({ where: { id }, data: { usedAt: new Date(), usedById: users.stranger.id } });
        return { token, address: email("used") };
      },
      "GONE",
      "invitationUsed",
    ],
    [
      "an expired token",
      async () => {
        const { id, token } = await invitation();
        await prisma.invitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
        return { token, address: email("expired") };
      },
      "GONE",
      "invitationExpired",
    ],
    [
      "a withdrawn token",
      async () => {
        const { id, token } = await invitation();
        await asSession(cookies.manager, () => revokeInvitationAction({ projectId, invitationId: id }));
        return { token, address: email("revoked") };
      },
      "GONE",
      "invitationRevoked",
    ],
    [
      "a token bound to another email",
      async () => ({ token: (await invitation({ email: "someone-else@example.test" })).token, address: email("wrong") }),
      "FORBIDDEN",
      "invitationWrongEmail",
    ],
  ];

  for (const [name, arrange, code, reason] of refusals) {
    it(`${name}: ${reason}, through the form's action and through better-auth's endpoint`, async () => {
      const { token, address } = await arrange();
      const before = await snapshot();
      expect(await signUp(address, token)).toMatchObject({ ok: false, code, reason });
      const response = await postSignUp({ name: "Direct", email: address, password: PASSWORD, invitationToken: token });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(((await response.json()) as { code?: string }).code).toBe(`setu.${reason}`);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("an email that has an account already: emailTaken, and the link stays usable", async () => {
    const { id, token } = await invitation();
    const before = await snapshot();
    expect(await signUp(users.stranger.email, token)).toMatchObject({ ok: false, reason: "emailTaken" });
    expect(await snapshot()).toEqual(before);
    expect((await prisma.invitation.findUnique({ where: { id } }))?.usedAt).toBeNull();
  });

  it("better-auth's endpoint from another origin, even with a valid link: refused, no account, the link unused", async () => {
    const { id, token } = await invitation();
    const address = email("evil");
    const before = await snapshot();
    const form = await getAuth().handler(
      new Request(new URL("/api/auth/sign-up/email", ORIGIN), {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://evil.example", cookie: "x=1" },
        body: new URLSearchParams({ name: "Evil", email: address, password: PASSWORD, invitationToken: token }).toString(),
      }),
    );
    const json = await postSignUp({ name: "Evil", email: address, password: PASSWORD, invitationToken: token }, "http://evil.example");
    expect([form.status, ((await form.json()) as { code?: string }).code]).toEqual([403, "setu.crossOrigin"]);
    expect([json.status, ((await json.json()) as { code?: string }).code]).toEqual([403, "setu.crossOrigin"]);
    expect(await snapshot()).toEqual(before);
    expect((await prisma.invitation.findUniqueOrThrow({ where: { id } })).usedAt).toBeNull();
  });

  it("the operator (the CLI's createUser, no request) is not bound by the setting", async () => {
    const { id } = await createUser({ name: "By CLI", email: email("cli"), password: PASSWORD });
    expect(await prisma.user.findUnique({ where: { id } })).not.toBeNull();
  });
});

describe("a valid link", () => {
  it("signs a new person up into the invitation's project with its role (not the default project), and is then used", async () => {
    const { id, token } = await invitation({ role: "reviewer" });
    const address = email("ok");
    expect(await signUp(address, token)).toMatchObject({ ok: true });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: address }, include: { memberships: true } });
    expect(user.role).toBe("translator");
    expect(user.memberships.map((m) => [m.projectId, m.role])).toEqual([[projectId, "reviewer"]]);
    expect(user.memberships.some((m) => m.projectId === DEFAULT_PROJECT)).toBe(false);
    const used = await prisma.invitation.findUniqueOrThrow({ where: { id } });
    expect(used.usedById).toBe(user.id);
    expect(used.usedAt).not.toBeNull();

    const before = await snapshot();
    expect(await signUp(email("again"), token)).toMatchObject({ ok: false, code: "GONE", reason: "invitationUsed" });
    expect(await snapshot()).toEqual(before);
  });

  it("bound to an email: that email signs up with it (in any case)", async () => {
    const address = email("bound");
    const { token } = await invitation({ email: address });
    expect(await signUp(address.toUpperCase(), token)).toMatchObject({ ok: true });
    expect(await prisma.projectMember.count({ where: { projectId, user: { email: address } } })).toBe(1);
  });

  it("works through better-auth's endpoint too", async () => {
    const address = email("direct");
    const { token } = await invitation();
    const response = await postSignUp({ name: "Direct", email: address, password: PASSWORD, invitationToken: token });
    expect(response.status).toBe(200);
    expect(await prisma.projectMember.count({ where: { projectId, user: { email: address } } })).toBe(1);
  });

  it("used by two people at the same moment: exactly one account is created", async () => {
    const { id, token } = await invitation();
    const addresses = [email("race-a"), email("race-b"), email("race-c")];
    const usersBefore = await prisma.user.count();
    const results = await Promise.all(addresses.map((a) => signUp(a, token)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(["invitationUsed", "invitationUsed"]);
    expect(await prisma.user.count()).toBe(usersBefore + 1);
    const winner = await prisma.user.findFirstOrThrow({ where: { email: { in: addresses } } });
    expect((await prisma.invitation.findUniqueOrThrow({ where: { id } })).usedById).toBe(winner.id);
    expect(await prisma.projectMember.count({ where: { projectId, userId: winner.id } })).toBe(1);
  });
});

describe("creating and withdrawing links", () => {
  const create =
    (project = () => projectId, role = "translator") =>
    () =>
      createInvitationAction({ projectId: project(), role, email: "", days: 7 });
  const cases: [string, Who | null, () => Promise<unknown>, string][] = [
    ["no session", null, create(), "UNAUTHENTICATED"],
    ["a translator of the project", "translator", create(), "FORBIDDEN"],
    ["a manager of another project", "outsider", create(), "NOT_FOUND"],
    ["someone in no project", "stranger", create(), "NOT_FOUND"],
    ["a project that does not exist", "admin", create(() => "no-such-project"), "NOT_FOUND"],
    ["the global role admin", "manager", create(undefined, "admin"), "BAD_INPUT"],
    ["zero days", "manager", () => createInvitationAction({ projectId, role: "translator", days: 0 }), "BAD_INPUT"],
    ["31 days", "manager", () => createInvitationAction({ projectId, role: "translator", days: 31 }), "BAD_INPUT"],
    ["a malformed email", "manager", () => createInvitationAction({ projectId, role: "translator", email: "nope", days: 7 }), "BAD_INPUT"],
    ["sign-up setting: a project manager", "manager", () => saveSignUpModeAction({ mode: "open" }), "FORBIDDEN"],
    ["sign-up setting: an unknown mode", "admin", () => saveSignUpModeAction({ mode: "closed" }), "BAD_INPUT"],
  ];
  for (const [name, who, act, code] of cases) {
    it(`refused: ${name} (${code})`, async () => {
      const before = await snapshot();
      const result = await asSession(who ? cookies[who] : null, act);
      expect(result).toMatchObject({ ok: false, code });
      expect(await snapshot()).toEqual(before);
    });
  }

  it("withdrawing: refused to a translator (403), a manager of another project (404), through another project (404)", async () => {
    const { id } = await invitation();
    const before = await snapshot();
    expect(await asSession(cookies.translator, () => revokeInvitationAction({ projectId, invitationId: id }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await asSession(cookies.outsider, () => revokeInvitationAction({ projectId, invitationId: id }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    // The outsider names their own project with this project's invitation.
    expect(await asSession(cookies.outsider, () => revokeInvitationAction({ projectId: otherProjectId, invitationId: id }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      reason: "notFound",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("a manager creates a link (any role, manager too); only the token's sha256 is stored", async () => {
    const result = await asSession(cookies.manager, () =>
      createInvitationAction({ projectId, role: "manager", email: " New@Example.test ", days: 3 }),
    );
    if (!result.ok) throw new Error(result.message);
    const { token, id } = result.data;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await prisma.invitation.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row).toMatchObject({ role: "manager", email: "new@example.test", createdById: users.manager.id, usedAt: null });
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBe(3);
  });

  it("an admin creates one for a project they are not a member of", async () => {
    const result = await asSession(cookies.admin, () => createInvitationAction({ projectId: otherProjectId, role: "translator" }));
    expect(result).toMatchObject({ ok: true });
  });

  it("a manager removed from the project meanwhile cannot create one (asked again inside the transaction)", async () => {
    const result = await createInvitation(
      { projectId, role: "translator", email: null, days: 7 },
      { id: users.stranger.id, role: "translator" },
    ).catch((e: unknown) => e);
    expect(result).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a signed-in person accepts a link", () => {
  it("joins the project with the link's role; a second use says used", async () => {
    const person = await makeUser("translator", "invite-accepter");
    const cookie = await sessionCookie(person.email, PASSWORD);
    const { token } = await invitation({ role: "reviewer" });
    expect(await asSession(cookie, () => acceptInvitationAction({ token }))).toMatchObject({ ok: true, data: { projectId } });
    expect((await prisma.projectMember.findUnique({ where: { projectId_userId: { projectId, userId: person.id } } }))?.role).toBe(
      "reviewer",
    );
    const before = await snapshot();
    expect(await asSession(cookies.stranger, () => acceptInvitationAction({ token }))).toMatchObject({
      ok: false,
      reason: "invitationUsed",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refused, with nothing changed: a member already (the link stays open), another email, no session", async () => {
    const open = await invitation();
    const bound = await invitation({ email: "not-the-stranger@example.test" });
    const before = await snapshot();
    expect(await asSession(cookies.translator, () => acceptInvitationAction({ token: open.token }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      reason: "alreadyMember",
    });
    expect(await asSession(cookies.stranger, () => acceptInvitationAction({ token: bound.token }))).toMatchObject({
      ok: false,
      reason: "invitationWrongEmail",
    });
    expect(await asSession(null, () => acceptInvitationAction({ token: open.token }))).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("PUT /api/settings/signup", () => {
  const put = (cookie: string | null, json: unknown, origin?: string) =>
    call(signUpRoute.PUT, "PUT", "/api/settings/signup", { cookie, json, origin });

  it("is refused from another origin, to a non-admin and for an unknown mode, changing nothing", async () => {
    const before = await snapshot();
    expect(await put(cookies.admin, { mode: "open" }, "http://evil.example")).toMatchObject({ status: 403 });
    expect(await put(cookies.manager, { mode: "open" })).toMatchObject({ status: 403 });
    expect(await put(null, { mode: "open" })).toMatchObject({ status: 401 });
    expect(await put(cookies.admin, { mode: "closed" })).toMatchObject({ status: 400 });
    expect(await snapshot()).toEqual(before);
  });

  it("an admin opens sign-up again: a new account needs no link and joins the default project", async () => {
    expect(await put(cookies.admin, { mode: "open" })).toMatchObject({ status: 200, body: { mode: "open" } });
    expect((await call(signUpRoute.GET, "GET", "/api/settings/signup", { cookie: cookies.admin })).body).toEqual({ mode: "open" });
    const address = email("open");
    expect(await signUp(address)).toMatchObject({ ok: true });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: address }, include: { memberships: true } });
    expect(user.memberships.map((m) => m.projectId)).toEqual([DEFAULT_PROJECT]);
    await saveSignUpMode("invite-only", users.admin.id);
  });
});

describe("the CLI", () => {
  const setu = (args: string[]) => {
    const result = spawnSync(process.execPath, [path.resolve(import.meta.dirname, "../../cli/setu.mjs"), ...args], {
      encoding: "utf8",
      env: process.env,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it("setu invite create prints a link whose token works once; bad days and roles are usage errors", async () => {
    const made = setu(["invite", "create", "--project", projectId, "--role", "reviewer", "--days", "2", "--locale", "hi"]);
    expect(made.code).toBe(0);
    const link = made.stdout.trim();
    expect(link).toMatch(/^https?:\/\/[^/]+\/hi\/invite\/[A-Za-z0-9_-]{43}$/);
    const token = link.slice(link.lastIndexOf("/") + 1);
    const address = email("cli-link");
    expect(await signUp(address, token)).toMatchObject({ ok: true });
    expect((await prisma.projectMember.findFirst({ where: { projectId, user: { email: address } } }))?.role).toBe("reviewer");

    const before = await snapshot();
    for (const args of [
      ["--project", projectId, "--role", "admin"],
      ["--project", projectId, "--days", "0"],
      ["--project", projectId, "--days", "many"],
      ["--project", "no such project"],
    ]) {
      const refused = setu(["invite", "create", ...args]);
      expect(refused.code, args.join(" ")).not.toBe(0);
      expect(refused.stdout).toBe("");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("setu settings signup prints and changes the setting", async () => {
    expect(setu(["settings", "signup"]).stdout.trim()).toBe("invite-only");
    expect(setu(["settings", "signup", "closed"]).code).not.toBe(0);
    expect(setu(["settings", "signup", "open"]).stdout.trim()).toBe("open");
    expect(setu(["settings", "signup"]).stdout.trim()).toBe("open");
    expect(setu(["settings", "signup", "invite-only"]).code).toBe(0);
  });
});
