import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as reportRoute } from "@/app/api/documents/[id]/qa/route";
import { GET as settingsGet, PUT as settingsPut } from "@/app/api/settings/qa/route";
import { POST as unitQaRoute } from "@/app/api/units/[id]/qa/route";
import { saveUnit } from "@/features/editor/mutations";
import { ensureDocumentQa } from "@/features/qa/mutations";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";
import { routes } from "../support/routes";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * The QA routes over HTTP-shaped calls of the real handlers. Refusals first: another role, another
 * origin, a stale version, no session, a body type no route reads — each asserting that the
 * database did not change.
 */
const users: Record<"translator" | "reviewer" | "admin", CurrentUser> = {} as never;
const cookies: Record<"translator" | "reviewer" | "admin", string> = {} as never;

beforeAll(async () => {
  for (const role of ["translator", "reviewer", "admin"] as const) {
    users[role] = await makeUser(role, `qa-routes-${role}`);
    cookies[role] = await sessionCookie(users[role].email, "correct horse 7");
  }
});

afterAll(async () => {
  await prisma.$executeRaw`DELETE FROM instance_setting WHERE key = 'qa'`;
});

/** A document whose one unit says 20,000 for 2 लाख (an error) with a doubled space (a warning). */
async function seed() {
  const { id, unitIds } = await makeDocument(["2 लाख लोग आए।"]);
  await ensureDocumentQa(id);
  const saved = await saveUnit(unitIds[0], { english: "20,000  people came.", version: 1, markTranslated: true }, users.translator);
  const error = saved.qa.find((i) => i.severity === "error");
  const warning = saved.qa.find((i) => i.code === "spacingDouble");
  if (!error || !warning) throw new Error(`seed has no error and warning: ${JSON.stringify(saved.qa)}`);
  return { documentId: id, unitId: unitIds[0], version: saved.version, error: error.key, warning: warning.key };
}

async function snapshot(documentId: string) {
  return {
    units: await prisma.unit.findMany({ where: { documentId }, select: { id: true, english: true, status: true, version: true } }),
    ignores: await prisma.$queryRaw`SELECT i.unit_id, i.key, i.reason FROM unit_qa_ignore i JOIN unit u ON u.id = i.unit_id
                                    WHERE u.document_id = ${documentId} ORDER BY 1, 2`,
    qa: await prisma.$queryRaw`SELECT unit_id, key FROM unit_qa WHERE document_id = ${documentId} ORDER BY 1, 2`,
    audit: await prisma.auditLog.count({ where: { documentId } }),
    settings: await prisma.$queryRaw`SELECT value FROM instance_setting WHERE key = 'qa'`,
  };
}

const ignore = (s: Awaited<ReturnType<typeof seed>>, over: Record<string, unknown> = {}) => ({
  action: "ignore",
  key: s.warning,
  version: s.version,
  reason: "House style allows it.",
  ...over,
});

describe("POST /api/units/:id/qa refuses", () => {
  const cases: [string, (s: Awaited<ReturnType<typeof seed>>) => Parameters<typeof call>[3], number, string | undefined][] = [
    ["no session", (s) => ({ json: ignore(s) }), 401, undefined],
    ["another origin", (s) => ({ cookie: cookies.reviewer, origin: "http://evil.example", json: ignore(s) }), 403, "crossOrigin"],
    [
      "a text/plain body",
      (s) => ({ cookie: cookies.reviewer, raw: { body: JSON.stringify(ignore(s)), contentType: "text/plain" } }),
      415,
      undefined,
    ],
    ["a stale version", (s) => ({ cookie: cookies.reviewer, json: ignore(s, { version: s.version - 1 }) }), 409, "versionConflict"],
    ["a translator ignoring an error", (s) => ({ cookie: cookies.translator, json: ignore(s, { key: s.error }) }), 403, "reviewerOnly"],
    ["no reason", (s) => ({ cookie: cookies.reviewer, json: ignore(s, { reason: "  " }) }), 400, "reasonRequired"],
    [
      "an issue the unit does not have",
      (s) => ({ cookie: cookies.reviewer, json: ignore(s, { key: "numberMissing:9" }) }),
      409,
      "issueGone",
    ],
  ];
  for (const [name, options, status, reason] of cases) {
    it(`${name} (${status}) and changes nothing`, async () => {
      const s = await seed();
      const before = await snapshot(s.documentId);
      const response = await call(unitQaRoute, "POST", `/api/units/${s.unitId}/qa`, { params: { id: String(s.unitId) }, ...options(s) });
      expect(response.status).toBe(status);
      if (reason) expect(response.body.error?.details?.reason).toBe(reason);
      expect(await snapshot(s.documentId)).toEqual(before);
    });
  }

  it("a unit id that is not a row id (400) and a unit that never existed (404, as for a unit of another project)", async () => {
    const s = await seed();
    const bad = await call(unitQaRoute, "POST", "/api/units/x/qa", { cookie: cookies.reviewer, params: { id: "0x1" }, json: ignore(s) });
    expect(bad.status).toBe(400);
    const gone = await call(unitQaRoute, "POST", "/api/units/2147483600/qa", {
      cookie: cookies.reviewer,
      params: { id: "2147483600" },
      json: ignore(s),
    });
    expect(gone.status).toBe(404);
  });
});

describe("POST /api/units/:id/qa", () => {
  it("lets a translator ignore a warning and a reviewer an error, and show them again", async () => {
    const s = await seed();
    const path = `/api/units/${s.unitId}/qa`;
    const params = { id: String(s.unitId) };
    const first = await call(unitQaRoute, "POST", path, { cookie: cookies.translator, params, json: ignore(s) });
    expect(first.status).toBe(200);
    const issues = first.body.qa as { key: string; ignored: { reason: string } | null }[];
    expect(issues.find((i) => i.key === s.warning)?.ignored?.reason).toBe("House style allows it.");
    expect((await call(unitQaRoute, "POST", path, { cookie: cookies.reviewer, params, json: ignore(s, { key: s.error }) })).status).toBe(
      200,
    );
    const audit = await prisma.auditLog.findMany({ where: { unitId: s.unitId, action: "qa.ignore" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.userId)).toEqual([users.translator.id, users.reviewer.id]);
    const shown = await call(unitQaRoute, "POST", path, {
      cookie: cookies.translator,
      params,
      json: { action: "unignore", key: s.warning, version: s.version },
    });
    expect((shown.body.qa as { key: string; ignored: unknown }[]).find((i) => i.key === s.warning)?.ignored).toBeNull();
  });
});

describe("the approval gate", () => {
  it("refuses to approve a unit with an open error while the setting is on, in bulk too; an ignored error lets it through", async () => {
    const put = (cookie: string | null, json: unknown, origin?: string) =>
      call(settingsPut, "PUT", "/api/settings/qa", { cookie, json, origin });
    // Only an admin changes the setting, from Setu's own origin.
    for (const [cookie, status] of [
      [null, 401],
      [cookies.translator, 403],
      [cookies.reviewer, 403],
    ] as const) {
      expect((await put(cookie, { blockApproval: true })).status).toBe(status);
    }
    expect((await put(cookies.admin, { blockApproval: true }, "http://evil.example")).status).toBe(403);
    expect((await put(cookies.admin, { blockApproval: "yes" })).status).toBe(400);
    expect(await prisma.$queryRaw`SELECT value FROM instance_setting WHERE key = 'qa'`).toEqual([]);
    expect((await put(cookies.admin, { blockApproval: true })).status).toBe(200);
    expect((await call(settingsGet, "GET", "/api/settings/qa", { cookie: cookies.translator })).body).toEqual({ blockApproval: true });

    const s = await seed();
    const before = await snapshot(s.documentId);
    const approve = () =>
      call(routes.review, "POST", `/api/units/${s.unitId}/review`, {
        cookie: cookies.reviewer,
        params: { id: String(s.unitId) },
        json: { action: "approve", version: s.version },
      });
    const refused = await approve();
    expect(refused.status).toBe(409);
    expect(refused.body.error?.details?.reason).toBe("qaErrorsOpen");
    const bulk = await call(routes.bulkApprove, "POST", `/api/documents/${s.documentId}/bulk-approve`, {
      cookie: cookies.reviewer,
      params: { id: s.documentId },
      json: {},
    });
    expect(bulk.body).toEqual({ approved: 0 });
    expect((await snapshot(s.documentId)).units).toEqual(before.units);

    await call(unitQaRoute, "POST", `/api/units/${s.unitId}/qa`, {
      cookie: cookies.reviewer,
      params: { id: String(s.unitId) },
      json: ignore(s, { key: s.error, reason: "The author confirmed 20,000." }),
    });
    expect((await approve()).status).toBe(200);
    expect((await put(cookies.admin, { blockApproval: false })).status).toBe(200);
  });

  it("bulk approval skips units with open QA errors when asked, the setting off", async () => {
    const s = await seed();
    const clean = await makeDocument(["वह आया।"]);
    await ensureDocumentQa(clean.id);
    await saveUnit(clean.unitIds[0], { english: "He came.", version: 1, markTranslated: true }, users.translator);
    for (const [documentId, expected] of [
      [s.documentId, 0],
      [clean.id, 1],
    ] as const) {
      const response = await call(routes.bulkApprove, "POST", `/api/documents/${documentId}/bulk-approve`, {
        cookie: cookies.reviewer,
        params: { id: documentId },
        json: { withoutQaErrors: true },
      });
      expect(response.body).toEqual({ approved: expected });
    }
  });
});

describe("GET /api/documents/:id/qa", () => {
  it("refuses no session (401), a bad query (400) and an unknown document (404)", async () => {
    const s = await seed();
    const path = `/api/documents/${s.documentId}/qa`;
    expect((await call(reportRoute, "GET", path, { params: { id: s.documentId } })).status).toBe(401);
    expect(
      (await call(reportRoute, "GET", `${path}?check=nope`, { cookie: cookies.translator, params: { id: s.documentId } })).status,
    ).toBe(400);
    expect((await call(reportRoute, "GET", "/api/documents/nope/qa", { cookie: cookies.translator, params: { id: "nope" } })).status).toBe(
      404,
    );
  });

  it("counts by check and severity and downloads one CSV row per issue, read back by Python's csv module", async () => {
    const s = await seed();
    const path = `/api/documents/${s.documentId}/qa`;
    const json = await call(reportRoute, "GET", path, { cookie: cookies.translator, params: { id: s.documentId } });
    expect(json.status).toBe(200);
    const counts = json.body.counts as { rows: { check: string; errors: number; warnings: number }[]; units: number; total: number };
    expect(counts.rows).toEqual(
      expect.arrayContaining([
        { check: "number", errors: 1, warnings: 0, ignored: 0 },
        { check: "spacing", errors: 0, warnings: 1, ignored: 0 },
      ]),
    );
    expect(counts).toMatchObject({ units: 1, total: 1 });
    const csv = await fetchCsv(`${path}?format=csv&locale=hi`, s.documentId);
    const rows: string[][] = JSON.parse(
      execFileSync("python3", ["-c", "import csv,sys,json; print(json.dumps(list(csv.reader(sys.stdin))))"], {
        input: csv.replace(/^\uFEFF/, ""),
      }).toString(),
    );
    expect(rows[0][0]).toBe("इकाई");
    expect(rows).toHaveLength(1 + (json.body.units as { issues: unknown[] }[])[0].issues.length);
    const numberRow = rows.find((r) => r[4] === "numberMismatch");
    expect(numberRow?.[0]).toBe("1");
    expect(numberRow?.[5]).toMatch(/20,000/);
    expect(numberRow?.[7]).toBe("2 लाख लोग आए।");
  });
});

async function fetchCsv(path: string, documentId: string): Promise<string> {
  const response = await call(reportRoute, "GET", path, { cookie: cookies.translator, params: { id: documentId } });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/csv");
  return String(response.body.text ?? "");
}
