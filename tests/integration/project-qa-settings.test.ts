import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as settingsGet, PUT as settingsPut } from "@/app/api/projects/[id]/settings/qa/route";
import { saveUnit } from "@/features/editor/mutations";
import { createProject, setMember } from "@/features/projects/mutations";
import { saveProjectQaSettingsAction } from "@/features/qa/actions";
import { ensureDocumentQa } from "@/features/qa/mutations";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { asSession, call, sessionCookie } from "../support/http";
import { routes } from "../support/routes";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * A project's own "no approval while QA errors are open" (#18): set by the project's managers and
 * administrators through PUT /api/projects/:id/settings/qa or the project page's server action,
 * falling back to the instance's setting, and enforced by single and bulk approval inside their
 * transactions. Refusals first — another role in the project, a manager of another project (404),
 * another origin, no session, bad input — each with the database compared before and after.
 */
type Who = "admin" | "manager" | "reviewer" | "translator" | "outsider";
const users = {} as Record<Who, CurrentUser>;
const cookies = {} as Record<Who, string>;
let projectId = "";
let otherProjectId = "";

beforeAll(async () => {
  for (const who of ["admin", "manager", "reviewer", "translator", "outsider"] as const) {
    users[who] = await makeUser(who === "admin" ? "admin" : who === "reviewer" ? "reviewer" : "translator", `project-qa-${who}`);
    cookies[who] = await sessionCookie(users[who].email, "correct horse 7");
  }
  projectId = (await createProject(`QA gate ${Date.now()}`, users.manager.id)).id;
  await setMember(projectId, users.reviewer.id, "reviewer", users.manager.id);
  await setMember(projectId, users.translator.id, "translator", users.manager.id);
  // The outsider manages a project of their own, not this one.
  otherProjectId = (await createProject(`QA elsewhere ${Date.now()}`, users.outsider.id)).id;
  await prisma.$executeRaw`DELETE FROM instance_setting WHERE key = 'qa'`;
});

async function snapshot() {
  return {
    projects: await prisma.$queryRaw`SELECT id, qa_block_approval FROM project ORDER BY id`,
    audit: await prisma.auditLog.count({ where: { action: "project.settings.qa" } }),
    instance: await prisma.$queryRaw`SELECT value FROM instance_setting WHERE key = 'qa'`,
  };
}

const put = (who: Who | null, json: unknown, options: { id?: string; origin?: string } = {}) =>
  call(settingsPut, "PUT", `/api/projects/${options.id ?? projectId}/settings/qa`, {
    cookie: who ? cookies[who] : null,
    params: { id: options.id ?? projectId },
    json,
    origin: options.origin,
  });

describe("PUT /api/projects/:id/settings/qa refuses, changing nothing", () => {
  const cases: [string, Who | null, unknown, { id?: string; origin?: string }, number][] = [
    ["no session", null, { blockApproval: true }, {}, 401],
    ["a translator of the project", "translator", { blockApproval: true }, {}, 403],
    ["a reviewer of the project", "reviewer", { blockApproval: true }, {}, 403],
    ["the manager of another project", "outsider", { blockApproval: true }, {}, 404],
    ["another origin", "manager", { blockApproval: true }, { origin: "http://evil.example" }, 403],
    ["a string for the boolean", "manager", { blockApproval: "on" }, {}, 400],
    ["a missing field", "manager", {}, {}, 400],
    ["a list", "manager", [true], {}, 400],
    // The route wrapper answers 404 for an id that could name nothing, before the route runs.
    ["a hostile project id", "manager", { blockApproval: true }, { id: "x'; DROP TABLE project; --" }, 404],
    ["a project that does not exist", "admin", { blockApproval: true }, { id: "no-such-project" }, 404],
  ];
  for (const [name, who, json, options, status] of cases) {
    it(`${name} (${status})`, async () => {
      const before = await snapshot();
      const res = await put(who, json, options);
      expect(res.status).toBe(status);
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("GET: the manager of another project gets 404, a member of the project its settings", async () => {
    const get = (who: Who) =>
      call(settingsGet, "GET", `/api/projects/${projectId}/settings/qa`, { cookie: cookies[who], params: { id: projectId } });
    expect((await get("outsider")).status).toBe(404);
    expect((await get("translator")).body).toEqual({ blockApproval: null, instanceBlockApproval: false, effective: false });
  });
});

describe("saveProjectQaSettingsAction refuses, changing nothing", () => {
  const cases: [string, Who | null, unknown, string][] = [
    ["no session", null, { projectId: "default", blockApproval: true }, "UNAUTHENTICATED"],
    ["a reviewer of the project", "reviewer", { projectId: "PROJECT", blockApproval: true }, "FORBIDDEN"],
    ["the manager of another project", "outsider", { projectId: "PROJECT", blockApproval: true }, "NOT_FOUND"],
    ["a number for the setting", "manager", { projectId: "PROJECT", blockApproval: 1 }, "BAD_INPUT"],
    ["no project", "manager", { blockApproval: true }, "BAD_INPUT"],
  ];
  for (const [name, who, raw, code] of cases) {
    it(`${name} (${code})`, async () => {
      const input = JSON.parse(JSON.stringify(raw).replace("PROJECT", projectId));
      const before = await snapshot();
      const result = await asSession(who ? cookies[who] : null, () => saveProjectQaSettingsAction(input));
      expect(result).toMatchObject({ ok: false, code });
      expect(await snapshot()).toEqual(before);
    });
  }
});

/** A document of the project whose one unit says 20,000 for 2 लाख (an open error), translated. */
async function seed(project: string) {
  const { id, unitIds } = await makeDocument(["2 लाख लोग आए।"], users.manager.id, project);
  await ensureDocumentQa(id);
  const saved = await saveUnit(unitIds[0], { english: "20,000 people came.", version: 1, markTranslated: true }, users.translator);
  expect(saved.qa.some((i) => i.severity === "error")).toBe(true);
  return { documentId: id, unitId: unitIds[0], version: saved.version };
}

async function units(documentId: string) {
  return prisma.unit.findMany({ where: { documentId }, select: { id: true, status: true, version: true } });
}

describe("the project's setting decides approval", () => {
  it("a manager turns it on: approval and bulk approval are refused in this project only, and the instance's default applies again when it follows", async () => {
    const on = await asSession(cookies.manager, () => saveProjectQaSettingsAction({ projectId, blockApproval: true }));
    expect(on).toEqual({ ok: true, data: { blockApproval: true, instanceBlockApproval: false, effective: true } });
    expect(await prisma.auditLog.count({ where: { action: "project.settings.qa", userId: users.manager.id } })).toBe(1);

    const here = await seed(projectId);
    const before = await units(here.documentId);
    const approve = (s: { unitId: number; version: number }) =>
      call(routes.review, "POST", `/api/units/${s.unitId}/review`, {
        cookie: cookies.reviewer,
        params: { id: String(s.unitId) },
        json: { action: "approve", version: s.version },
      });
    const refused = await approve(here);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.details?.reason).toBe("qaErrorsOpen");
    const bulk = await call(routes.bulkApprove, "POST", `/api/documents/${here.documentId}/bulk-approve`, {
      cookie: cookies.reviewer,
      params: { id: here.documentId },
      json: {},
    });
    expect(bulk.body).toEqual({ approved: 0 });
    expect(await units(here.documentId)).toEqual(before);

    // Another project (the instance's default, off) approves the same unit.
    await setMember(otherProjectId, users.reviewer.id, "reviewer", users.outsider.id);
    await setMember(otherProjectId, users.translator.id, "translator", users.outsider.id);
    const { id: otherDoc, unitIds } = await makeDocument(["2 लाख लोग आए।"], users.outsider.id, otherProjectId);
    await ensureDocumentQa(otherDoc);
    const there = await saveUnit(unitIds[0], { english: "20,000 people came.", version: 1, markTranslated: true }, users.translator);
    expect((await approve({ unitId: unitIds[0], version: there.version })).status).toBe(200);

    // The project turns it off while the instance has it on: the project's choice wins.
    await prisma.$executeRaw`INSERT INTO instance_setting (key, value) VALUES ('qa', '{"blockApproval": true}'::jsonb)`;
    const off = await put("admin", { blockApproval: false });
    expect(off.body).toEqual({ blockApproval: false, instanceBlockApproval: true, effective: false });
    const second = await seed(projectId);
    expect((await approve(second)).status).toBe(200);

    // Following the instance again: the instance's "on" applies.
    const follows = await put("manager", { blockApproval: null });
    expect(follows.body).toEqual({ blockApproval: null, instanceBlockApproval: true, effective: true });
    const third = await seed(projectId);
    expect((await approve(third)).status).toBe(409);
    await prisma.$executeRaw`DELETE FROM instance_setting WHERE key = 'qa'`;
  });
});
