import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as exportJobRoute, GET as exportRoute } from "@/app/api/documents/[id]/export/route";
import { GET as indexRoute } from "@/app/api/documents/[id]/index/route";
import { GET as qaReportRoute } from "@/app/api/documents/[id]/qa/route";
import { GET as unitsRoute } from "@/app/api/documents/[id]/units/route";
import { GET as multiExportRoute } from "@/app/api/export/route";
import { GET as glossaryExportRoute } from "@/app/api/glossary/export/route";
import { GET as downloadRoute } from "@/app/api/jobs/[id]/download/route";
import { GET as memoryExportRoute } from "@/app/api/projects/[id]/memory/export/route";
import { GET as baselineRoute } from "@/app/api/units/[id]/baseline/route";
import { GET as commentsRoute } from "@/app/api/units/[id]/comments/route";
import { GET as historyRoute } from "@/app/api/units/[id]/history/route";
import { mergeWithNext, saveUnit } from "@/features/editor/mutations";
import { createProject, setMember } from "@/features/projects/mutations";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { DEFAULT_PROJECT, makeDocument, makeUser } from "../support/fixtures";
import { type CallResult, call, sessionCookie } from "../support/http";
import { runQueuedJob } from "../support/jobs";
import { routes, tmxWithStatus } from "../support/routes";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * The permission matrix, over HTTP-shaped calls of the real route handlers: every mutating action ×
 * actor × unit state, asserting the status code, and for every refusal that the database did not
 * change. The expected codes are written out by hand below, not derived from the policy module.
 *
 * The project dimension (#16) is the last block: the same acts by a member of the document's project,
 * of another project only, and of no project.
 */
const actors = ["anonymous", "translator", "reviewer", "admin"] as const;
const states = ["draft", "translated", "approved"] as const;
type ActorName = (typeof actors)[number];
type State = (typeof states)[number];

/** Expected HTTP status per actor, one per state in the order draft · translated · approved. */
type Row = Record<ActorName, [number, number, number]>;
const same = (code: number): [number, number, number] => [code, code, code];
const lockedForTranslators = (ok: number): Row => ({
  anonymous: same(401),
  translator: [ok, ok, 403],
  reviewer: same(ok),
  admin: same(ok),
});

const expected: Record<string, Row> = {
  edit: lockedForTranslators(200),
  split: lockedForTranslators(200),
  merge: lockedForTranslators(200),
  move: lockedForTranslators(200),
  realign: lockedForTranslators(202),
  approve: { anonymous: same(401), translator: same(403), reviewer: [200, 200, 409], admin: [200, 200, 409] },
  reject: { anonymous: same(401), translator: same(403), reviewer: same(200), admin: same(200) },
  // A translator's reopen of an approved unit is accepted as a request (the unit stays approved).
  reopen: { anonymous: same(401), translator: [403, 403, 200], reviewer: [409, 409, 200], admin: [409, 409, 200] },
  comment: { anonymous: same(401), translator: same(201), reviewer: same(201), admin: same(201) },
  "bulk-approve": { anonymous: same(401), translator: same(403), reviewer: same(200), admin: same(200) },
  // Import creates a document; the state is the status the file records. Never refused for a
  // translator: an approved unit arrives as translated (checked below).
  import: { anonymous: same(401), translator: same(201), reviewer: same(201), admin: same(201) },
};

const HINDI = ["पहला वाक्य है।", "दूसरा वाक्य है।", "तीसरा वाक्य है।", "चौथा वाक्य है।"];
const ENGLISH = "The first sentence. The second sentence. The third sentence. The fourth sentence.";

const cookies: Record<ActorName, string | null> = { anonymous: null, translator: null, reviewer: null, admin: null };
let admin: CurrentUser;

beforeAll(async () => {
  for (const role of ["translator", "reviewer", "admin"] as const) {
    const user = await makeUser(role, `matrix-${role}`);
    if (role === "admin") admin = user;
    cookies[role] = await sessionCookie(user.email, "correct horse 7");
  }
});

interface Seeded {
  documentId: string;
  /** Units in order: A (sentence 0), B (sentences 1–2, the target), C (sentence 3). */
  a: { id: number; version: number };
  b: { id: number; version: number; first: number };
  c: { id: number; version: number };
}

/** A document (of `projectId`) whose units are all in `state`, the middle one covering two sentences. */
async function seed(state: State, projectId = DEFAULT_PROJECT): Promise<Seeded> {
  const doc = await makeDocument(HINDI, admin.id, projectId);
  await mergeWithNext(doc.unitIds[1], { version: 1, nextVersion: 1 }, admin);
  const ids = [doc.unitIds[0], doc.unitIds[1], doc.unitIds[3]];
  for (const [i, id] of ids.entries()) {
    const unit = await prisma.unit.findUniqueOrThrow({ where: { id } });
    await saveUnit(id, { english: `English ${i}.`, version: unit.version, markTranslated: state !== "draft" }, admin);
  }
  if (state === "approved") await prisma.unit.updateMany({ where: { id: { in: ids } }, data: { status: "approved" } });
  const [a, b, c] = await prisma.unit.findMany({ where: { documentId: doc.id }, orderBy: { firstSentence: "asc" } });
  return {
    documentId: doc.id,
    a: { id: a.id, version: a.version },
    b: { id: b.id, version: b.version, first: b.firstSentence },
    c: { id: c.id, version: c.version },
  };
}

/** Everything a refused request could have touched, for one document. */
async function snapshot(documentId: string) {
  const units = await prisma.unit.findMany({
    where: { documentId },
    orderBy: { firstSentence: "asc" },
    select: { id: true, firstSentence: true, lastSentence: true, english: true, status: true, version: true },
  });
  const unitIds = units.map((u) => u.id);
  return {
    units,
    versions: await prisma.unitVersion.count({ where: { unitId: { in: unitIds } } }),
    comments: await prisma.comment.count({ where: { unitId: { in: unitIds } } }),
    audit: await prisma.auditLog.count({ where: { documentId } }),
    jobs: await prisma.job.count({ where: { documentId } }),
    document: await prisma.document.findUniqueOrThrow({ where: { id: documentId }, select: { structureVersion: true } }),
  };
}

const englishForm = () => {
  const form = new FormData();
  form.set("text", ENGLISH);
  form.set("replace", "1");
  return form;
};

type Act = (s: Seeded, cookie: string | null, state: State) => Promise<CallResult>;

const acts: Record<Exclude<keyof typeof expected, "import">, Act> = {
  edit: (s, cookie) =>
    call(routes.save, "PUT", `/api/units/${s.b.id}`, {
      cookie,
      params: { id: String(s.b.id) },
      json: { english: "Changed.", version: s.b.version },
    }),
  split: (s, cookie) =>
    call(routes.split, "POST", `/api/units/${s.b.id}/split`, {
      cookie,
      params: { id: String(s.b.id) },
      json: { version: s.b.version, at: s.b.first + 1, englishFirst: "One.", englishSecond: "Two." },
    }),
  merge: (s, cookie) =>
    call(routes.merge, "POST", `/api/units/${s.b.id}/merge`, {
      cookie,
      params: { id: String(s.b.id) },
      json: { version: s.b.version, nextVersion: s.c.version },
    }),
  move: (s, cookie) =>
    call(routes.move, "POST", `/api/units/${s.b.id}/move`, {
      cookie,
      params: { id: String(s.b.id) },
      json: { version: s.b.version, neighbourVersion: s.a.version, direction: "first-to-previous" },
    }),
  // Accepted as a job (202); run here, as a worker would, so the matrix sees what it changed.
  realign: async (s, cookie) => {
    const r = await call(routes.align, "POST", `/api/documents/${s.documentId}/align`, {
      cookie,
      params: { id: s.documentId },
      form: englishForm(),
    });
    if (r.status === 202) expect((await runQueuedJob(String(r.body.jobId))).state).toBe("succeeded");
    return r;
  },
  approve: (s, cookie) =>
    call(routes.review, "POST", `/api/units/${s.b.id}/review`, {
      cookie,
      params: { id: String(s.b.id) },
      json: { action: "approve", version: s.b.version },
    }),
  reject: (s, cookie) =>
    call(routes.review, "POST", `/api/units/${s.b.id}/review`, {
      cookie,
      params: { id: String(s.b.id) },
      json: { action: "reject", version: s.b.version, comment: "Wrong term." },
    }),
  reopen: (s, cookie) =>
    call(routes.review, "POST", `/api/units/${s.b.id}/review`, {
      cookie,
      params: { id: String(s.b.id) },
      json: { action: "reopen", version: s.b.version, comment: "Please look again." },
    }),
  comment: (s, cookie) =>
    call(routes.comment, "POST", `/api/units/${s.b.id}/comments`, { cookie, params: { id: String(s.b.id) }, json: { body: "A note." } }),
  "bulk-approve": (s, cookie) =>
    call(routes.bulkApprove, "POST", `/api/documents/${s.documentId}/bulk-approve`, { cookie, params: { id: s.documentId }, json: {} }),
};

const unitCases = Object.entries(acts).flatMap(([action, act]) =>
  actors.flatMap((actor) => states.map((state, i) => ({ action, act, actor, state, code: expected[action][actor][i] }))),
);

const importCases = actors.flatMap((actor) => states.map((state, i) => ({ actor, state, code: expected.import[actor][i] })));

describe("permission matrix: route × actor × unit state", () => {
  it("has a case for every cell", () => {
    expect(unitCases.length + importCases.length).toBe(Object.keys(expected).length * actors.length * states.length);
  });

  it.each(unitCases)("$action as $actor on $state → $code", async ({ act, actor, state, code }) => {
    const seeded = await seed(state);
    const before = await snapshot(seeded.documentId);
    const response = await act(seeded, cookies[actor], state);
    expect(response.status, JSON.stringify(response.body)).toBe(code);
    const after = await snapshot(seeded.documentId);
    if (code >= 400) {
      expect(after).toEqual(before);
      return;
    }
    // What was allowed did something; and an approved unit is never left non-approved by a translator.
    expect(after).not.toEqual(before);
    if (actor === "translator" && state === "approved") {
      expect(after.units.every((u) => u.status === "approved")).toBe(true);
    }
  });

  it.each(importCases)("import of $state units as $actor → $code", async ({ actor, state, code }) => {
    const documents = await prisma.document.count();
    const form = new FormData();
    const xml = tmxWithStatus([{ hindi: "किसान खेत गए।", english: "The farmers went to the field.", status: state }]);
    form.set("file", new File([xml], "import.tmx", { type: "application/x-tmx+xml" }));
    form.set("title", `Matrix import ${actor} ${state}`);
    // Named: an administrator sees every project, and other test files may have created some before this one runs.
    form.set("project", DEFAULT_PROJECT);
    const response = await call(routes.importTmx, "POST", "/api/documents/import-tmx", { cookie: cookies[actor], form });
    expect(response.status, JSON.stringify(response.body)).toBe(code);
    if (code >= 400) {
      expect(await prisma.document.count()).toBe(documents);
      return;
    }
    const stored = await prisma.unit.findFirstOrThrow({ where: { documentId: response.body.id as string } });
    const capped = actor === "translator" && state === "approved";
    expect(stored.status).toBe(capped ? "translated" : state);
    expect(response.body.capped).toBe(capped ? 1 : 0);
  });
});

describe("imports over the job threshold (#20): queued for a member, refused with nothing staged otherwise", () => {
  // Over the default SETU_IMPORT_JOB_BYTES (2 MiB), so both import routes take the job path.
  const big = tmxWithStatus(
    Array.from({ length: 16_000 }, (_, i) => ({ hindi: `किसान ${i} खेत गए।`, english: `Farmer ${i} went.`, status: "translated" })),
  );
  const bigForm = (title: string) => {
    const form = new FormData();
    form.set("file", new File([big], "big.tmx", { type: "application/x-tmx+xml" }));
    form.set("title", title);
    form.set("project", DEFAULT_PROJECT);
    return form;
  };
  const counts = async () => ({
    documents: await prisma.document.count(),
    jobs: await prisma.job.count(),
    files: await prisma.jobFile.count(),
  });
  const targets = [
    ["TMX import", routes.importTmx, "/api/documents/import-tmx"],
    ["file import", routes.importFile, "/api/documents/import"],
  ] as const;
  const largeExpected: Record<ActorName, number> = { anonymous: 401, translator: 202, reviewer: 202, admin: 202 };

  it.each(targets.flatMap(([name, route, path]) => actors.map((actor) => ({ name, route, path, actor, code: largeExpected[actor] }))))(
    "$name of a large file as $actor → $code",
    async ({ route, path, actor, code }) => {
      expect(Buffer.byteLength(big)).toBeGreaterThan(2 * 1024 * 1024);
      const before = await counts();
      const r = await call(route, "POST", path, { cookie: cookies[actor], form: bigForm(`Large ${actor}`) });
      expect(r.status, JSON.stringify(r.body)).toBe(code);
      if (code >= 400) {
        expect(await counts()).toEqual(before);
        return;
      }
      // Queued with its file; no document until a worker has run it.
      expect(await counts()).toEqual({ documents: before.documents, jobs: before.jobs + 1, files: before.files + 1 });
      const job = await runQueuedJob(String(r.body.jobId));
      expect(job).toMatchObject({ state: "succeeded", kind: "import", result: { units: 16_000 } });
    },
  );

  it.each(
    targets.flatMap(([name, route, path]) =>
      [
        ["another site", { origin: "http://evil.example" }],
        ["an opaque origin", { origin: "null" }],
        ["a cross-site fetch without Origin", { origin: null, headers: { "sec-fetch-site": "cross-site" } }],
      ].map(([label, options]) => ({
        name,
        route,
        path,
        label,
        options: options as { origin: string | null; headers?: Record<string, string> },
      })),
    ),
  )("$name of a large file from $label → 403 crossOrigin, nothing staged", async ({ route, path, options }) => {
    const before = await counts();
    const r = await call(route, "POST", path, { cookie: cookies.admin, form: bigForm("Large hostile"), ...options });
    expect([r.status, r.body.error?.details?.reason]).toEqual([403, "crossOrigin"]);
    expect(await counts()).toEqual(before);
  });
});

describe("export jobs (#20): POST /api/documents/:id/export and GET /api/jobs/:id/download by actor", () => {
  const queueCodes: Record<ActorName, number> = { anonymous: 401, translator: 202, reviewer: 202, admin: 202 };
  const jobCounts = async () => ({ jobs: await prisma.job.count(), files: await prisma.jobFile.count() });

  it.each(actors.map((actor) => ({ actor, code: queueCodes[actor] })))(
    "queue as $actor → $code; download by the same → 200",
    async ({ actor, code }) => {
      const seeded = await seed("translated");
      const before = await jobCounts();
      const path = `/api/documents/${seeded.documentId}/export?status=all`;
      const r = await call(exportJobRoute, "POST", path, { cookie: cookies[actor], params: { id: seeded.documentId } });
      expect(r.status, JSON.stringify(r.body)).toBe(code);
      if (code >= 400) {
        expect(await jobCounts()).toEqual(before);
        return;
      }
      const jobId = String(r.body.jobId);
      await runQueuedJob(jobId);
      const got = await call(downloadRoute, "GET", `/api/jobs/${jobId}/download`, { cookie: cookies[actor], params: { id: jobId } });
      expect(got.status).toBe(200);
      const anonymous = await call(downloadRoute, "GET", `/api/jobs/${jobId}/download`, { cookie: null, params: { id: jobId } });
      expect(anonymous.status).toBe(401);
    },
  );

  it.each([
    ["another site", { origin: "http://evil.example" }],
    ["an opaque origin", { origin: "null" }],
    ["a cross-site fetch without Origin", { origin: null, headers: { "sec-fetch-site": "cross-site" } }],
  ] as const)("queue from %s → 403 crossOrigin, nothing queued", async (_label, options) => {
    const seeded = await seed("translated");
    const before = await jobCounts();
    const r = await call(exportJobRoute, "POST", `/api/documents/${seeded.documentId}/export`, {
      cookie: cookies.admin,
      params: { id: seeded.documentId },
      ...options,
    });
    expect([r.status, r.body.error?.details?.reason]).toEqual([403, "crossOrigin"]);
    expect(await jobCounts()).toEqual(before);
  });
});

describe("requests from another origin or with another body type change nothing", () => {
  const hostile = [
    ["another site", { origin: "http://evil.example" }],
    ["another port", { origin: "http://localhost:3001" }],
    ["a sibling subdomain", { origin: "http://evil.localhost:3000" }],
    ["an opaque origin", { origin: "null" }],
    ["a cross-site fetch without Origin", { origin: null, headers: { "sec-fetch-site": "cross-site" } }],
  ] as const;

  type Target = (s: Seeded) => {
    route: (typeof routes)[keyof typeof routes];
    method: string;
    path: string;
    params: Record<string, string>;
  };
  const jsonTargets: Record<string, [Target, unknown]> = {
    save: [
      (s) => ({ route: routes.save, method: "PUT", path: `/api/units/${s.b.id}`, params: { id: String(s.b.id) } }),
      { english: "X", version: 3 },
    ],
    review: [
      (s) => ({ route: routes.review, method: "POST", path: `/api/units/${s.b.id}/review`, params: { id: String(s.b.id) } }),
      { action: "approve", version: 3 },
    ],
    merge: [
      (s) => ({ route: routes.merge, method: "POST", path: `/api/units/${s.b.id}/merge`, params: { id: String(s.b.id) } }),
      { version: 3, nextVersion: 2 },
    ],
    split: [
      (s) => ({ route: routes.split, method: "POST", path: `/api/units/${s.b.id}/split`, params: { id: String(s.b.id) } }),
      { version: 3, at: 2, englishFirst: "a", englishSecond: "b" },
    ],
    move: [
      (s) => ({ route: routes.move, method: "POST", path: `/api/units/${s.b.id}/move`, params: { id: String(s.b.id) } }),
      { version: 3, neighbourVersion: 2, direction: "first-to-previous" },
    ],
    comment: [
      (s) => ({ route: routes.comment, method: "POST", path: `/api/units/${s.b.id}/comments`, params: { id: String(s.b.id) } }),
      { body: "x" },
    ],
    bulkApprove: [
      (s) => ({
        route: routes.bulkApprove,
        method: "POST",
        path: `/api/documents/${s.documentId}/bulk-approve`,
        params: { id: s.documentId },
      }),
      {},
    ],
    propagate: [
      (s) => ({ route: routes.propagate, method: "POST", path: `/api/units/${s.b.id}/propagate`, params: { id: String(s.b.id) } }),
      { version: 3 },
    ],
    pretranslate: [
      (s) => ({
        route: routes.pretranslate,
        method: "POST",
        path: `/api/documents/${s.documentId}/pretranslate`,
        params: { id: s.documentId },
      }),
      { min: 75 },
    ],
    analyse: [
      (s) => ({
        route: routes.analyse,
        method: "POST",
        path: `/api/documents/${s.documentId}/analyse`,
        params: { id: s.documentId },
      }),
      {},
    ],
    presence: [
      (s) => ({ route: routes.presence, method: "POST", path: `/api/documents/${s.documentId}/presence`, params: { id: s.documentId } }),
      { unitId: null },
    ],
  };

  const originCases = Object.entries(jsonTargets).flatMap(([name, target]) =>
    hostile.map(([label, options]) => ({ name, target, label, options })),
  );

  it.each(originCases)("$name from $label → 403 crossOrigin", async ({ target: [target, json], options }) => {
    const seeded = await seed("translated");
    const before = await snapshot(seeded.documentId);
    const t = target(seeded);
    const response = await call(t.route, t.method, t.path, { cookie: cookies.admin, params: t.params, json, ...options });
    expect([response.status, response.body.error?.details?.reason]).toEqual([403, "crossOrigin"]);
    expect(await snapshot(seeded.documentId)).toEqual(before);
  });

  const bodyTypes = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"] as const;
  const typeCases = Object.entries(jsonTargets).flatMap(([name, target]) =>
    bodyTypes.map((contentType) => ({ name, target, contentType })),
  );

  it.each(typeCases)("$name sent as $contentType (same origin) → 415", async ({ target: [target, json], contentType }) => {
    const seeded = await seed("translated");
    const before = await snapshot(seeded.documentId);
    const t = target(seeded);
    const response = await call(t.route, t.method, t.path, {
      cookie: cookies.admin,
      params: t.params,
      raw: { body: JSON.stringify(json), contentType },
    });
    expect(response.status).toBe(415);
    expect(await snapshot(seeded.documentId)).toEqual(before);
  });

  const uploadCases = [
    [
      "align with replace",
      (s: Seeded) => ({ route: routes.align, path: `/api/documents/${s.documentId}/align`, params: { id: s.documentId } }),
    ],
    ["document create", () => ({ route: routes.createDocument, path: "/api/documents", params: {} })],
    ["TMX import", () => ({ route: routes.importTmx, path: "/api/documents/import-tmx", params: {} })],
    ["file import", () => ({ route: routes.importFile, path: "/api/documents/import", params: {} })],
    ["glossary import", () => ({ route: routes.glossaryImport, path: "/api/glossary/import", params: {} })],
  ] as const;

  const uploadOriginCases = uploadCases.flatMap(([name, target]) => hostile.map(([label, options]) => ({ name, target, label, options })));

  it.each(uploadOriginCases)("$name from $label → 403 crossOrigin", async ({ target, options }) => {
    const seeded = await seed("approved");
    const before = await snapshot(seeded.documentId);
    const counts = { documents: await prisma.document.count(), glossary: await prisma.glossaryEntry.count() };
    const form = englishForm();
    form.set("title", "Hostile");
    form.set("file", new File(["hindi,english,status,part_of_speech,note\r\nखेत,field,preferred,,\r\n"], "g.csv"));
    const t = target(seeded);
    const response = await call(t.route, "POST", t.path, { cookie: cookies.admin, params: t.params, form, ...options });
    expect([response.status, response.body.error?.details?.reason]).toEqual([403, "crossOrigin"]);
    expect(await snapshot(seeded.documentId)).toEqual(before);
    expect({ documents: await prisma.document.count(), glossary: await prisma.glossaryEntry.count() }).toEqual(counts);
  });

  it.each(
    uploadCases.flatMap(([name, target]) =>
      ["text/plain", "application/x-www-form-urlencoded"].map((contentType) => ({ name, target, contentType })),
    ),
  )("$name sent as $contentType → 415", async ({ target, contentType }) => {
    const seeded = await seed("approved");
    const before = await snapshot(seeded.documentId);
    const documents = await prisma.document.count();
    const t = target(seeded);
    const response = await call(t.route, "POST", t.path, {
      cookie: cookies.admin,
      params: t.params,
      raw: { body: "text=x&replace=1&title=T", contentType },
    });
    expect(response.status).toBe(415);
    expect(await snapshot(seeded.documentId)).toEqual(before);
    expect(await prisma.document.count()).toBe(documents);
  });

  it("lets a same-origin browser request and a non-browser client through to the session check", async () => {
    const seeded = await seed("translated");
    const save = (options: Parameters<typeof call>[3]) =>
      call(routes.save, "PUT", `/api/units/${seeded.b.id}`, {
        params: { id: String(seeded.b.id) },
        json: { english: "Y", version: 1 },
        ...options,
      });
    expect((await save({ headers: { "sec-fetch-site": "same-origin" } })).status).toBe(401);
    expect((await save({ origin: null })).status).toBe(401);
    expect((await save({ origin: null, headers: { "sec-fetch-site": "same-origin" } })).status).toBe(401);
  });
});

describe("the project dimension: member of this project · of another project · of none", () => {
  const memberships = ["this", "other", "none"] as const;
  type Membership = (typeof memberships)[number];
  const who: Record<Membership, string | null> = { this: null, other: null, none: null };
  let projectId = "";
  let projectName = "";
  let translatorHere: string | null = null;

  beforeAll(async () => {
    projectName = `Matrix project ${Date.now().toString(36)}`;
    projectId = (await createProject(projectName, null)).id;
    // A reviewer of the document's project; a reviewer of another project (Default) only; an account in no project.
    const here = await makeUser("translator", "matrix-here");
    await setMember(projectId, here.id, "reviewer", null);
    await prisma.projectMember.deleteMany({ where: { userId: here.id, projectId: DEFAULT_PROJECT } });
    who.this = await sessionCookie(here.email, "correct horse 7");
    who.other = cookies.reviewer;
    const nobody = await makeUser("reviewer", "matrix-nobody");
    await prisma.projectMember.deleteMany({ where: { userId: nobody.id } });
    who.none = await sessionCookie(nobody.email, "correct horse 7");
    // A global reviewer who translates in this project: the project role is the one that counts.
    const globalReviewer = await makeUser("reviewer", "matrix-tr-here");
    await setMember(projectId, globalReviewer.id, "translator", null);
    translatorHere = await sessionCookie(globalReviewer.email, "correct horse 7");
  });

  const writeCases = Object.entries(acts).flatMap(([action, act]) =>
    memberships.map((membership) => ({ action, act, membership, code: membership === "this" ? expected[action].reviewer[1] : 404 })),
  );

  it.each(writeCases)("$action on a translated unit by a member of $membership → $code", async ({ act, membership, code }) => {
    const seeded = await seed("translated", projectId);
    const before = await snapshot(seeded.documentId);
    const response = await act(seeded, who[membership], "translated");
    expect(response.status, JSON.stringify(response.body)).toBe(code);
    const after = await snapshot(seeded.documentId);
    if (code >= 400) expect(after).toEqual(before);
    else expect(after).not.toEqual(before);
    if (code === 404) expect(JSON.stringify(response.body)).not.toContain("English 1.");
  });

  type Read = (s: Seeded, cookie: string | null) => Promise<CallResult>;
  const reads: Record<string, Read> = {
    units: (s, cookie) =>
      call(unitsRoute, "GET", `/api/documents/${s.documentId}/units?ids=${s.b.id}`, { cookie, params: { id: s.documentId } }),
    index: (s, cookie) => call(indexRoute, "GET", `/api/documents/${s.documentId}/index`, { cookie, params: { id: s.documentId } }),
    export: (s, cookie) =>
      call(exportRoute, "GET", `/api/documents/${s.documentId}/export?format=tmx&status=all`, { cookie, params: { id: s.documentId } }),
    "export by ids": (s, cookie) => call(multiExportRoute, "GET", `/api/export?ids=${s.documentId}&format=tmx&status=all`, { cookie }),
    "QA report": (s, cookie) => call(qaReportRoute, "GET", `/api/documents/${s.documentId}/qa`, { cookie, params: { id: s.documentId } }),
    comments: (s, cookie) => call(commentsRoute, "GET", `/api/units/${s.b.id}/comments`, { cookie, params: { id: String(s.b.id) } }),
    history: (s, cookie) => call(historyRoute, "GET", `/api/units/${s.b.id}/history`, { cookie, params: { id: String(s.b.id) } }),
    baseline: (s, cookie) => call(baselineRoute, "GET", `/api/units/${s.b.id}/baseline`, { cookie, params: { id: String(s.b.id) } }),
    "glossary export": (_s, cookie) => call(glossaryExportRoute, "GET", `/api/glossary/export?format=csv&project=${projectId}`, { cookie }),
    "memory export": (_s, cookie) =>
      call(memoryExportRoute, "GET", `/api/projects/${projectId}/memory/export`, { cookie, params: { id: projectId } }),
  };
  const readCases = Object.entries(reads).flatMap(([name, read]) =>
    memberships.map((membership) => ({ name, read, membership, code: membership === "this" ? 200 : 404 })),
  );

  it.each(readCases)("$name read by a member of $membership → $code", async ({ read, membership, code }) => {
    const seeded = await seed("translated", projectId);
    const response = await read(seeded, who[membership]);
    expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(code);
  });

  it("exports ids=all as the documents of the caller's projects only", async () => {
    await seed("approved", projectId);
    // The account in no project sees no document: nothing to export, although this project has approvals.
    const none = await call(multiExportRoute, "GET", "/api/export?ids=all&format=csv&status=all", { cookie: who.none });
    expect([none.status, none.body.error?.details?.reason]).toEqual([409, "nothingTranslated"]);
    const mine = await call(multiExportRoute, "GET", "/api/export?ids=all&format=csv&status=all", { cookie: who.this });
    expect(mine.status).toBe(200);
    expect(String(mine.body.text)).toContain("English 1.");
  });

  it("refuses a glossary import into another project and writes nothing", async () => {
    const entries = await prisma.glossaryEntry.count();
    for (const membership of ["other", "none"] as const) {
      const form = new FormData();
      form.set("project", projectId);
      form.set("file", new File(["hindi,english,status,part_of_speech,note\r\nखेत,field,preferred,,\r\n"], "g.csv"));
      const response = await call(routes.glossaryImport, "POST", "/api/glossary/import", { cookie: who[membership], form });
      expect(response.status, membership).toBe(404);
    }
    expect(await prisma.glossaryEntry.count()).toBe(entries);
  });

  // The memory policy: reviewers and managers of the project (and administrators) import; a translator of it may not.
  const memoryImports = [
    { as: "a reviewer of this project", cookie: () => who.this, code: 201 },
    { as: "a translator of this project", cookie: () => translatorHere, code: 403 },
    { as: "a member of another project", cookie: () => who.other, code: 404 },
    { as: "a member of no project", cookie: () => who.none, code: 404 },
    { as: "anonymous", cookie: () => null, code: 401 },
  ];
  it.each(memoryImports)("memory import by $as → $code, the memory unchanged when refused", async ({ as, cookie, code }) => {
    const memory = () => prisma.tmEntry.findMany({ where: { projectId }, orderBy: { id: "asc" } });
    const before = await memory();
    const form = new FormData();
    const xml = tmxWithStatus([{ hindi: `खेत में ${as} का वाक्य।`, english: `A sentence by ${as}.`, status: "translated" }]);
    form.set("file", new File([xml], "memory.tmx", { type: "application/x-tmx+xml" }));
    const response = await call(routes.memoryImport, "POST", `/api/projects/${projectId}/memory/import`, {
      cookie: cookie(),
      params: { id: projectId },
      form,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(code);
    const after = await memory();
    if (code >= 400) expect(after).toEqual(before);
    else expect(after.map((e) => e.target)).toEqual([...before.map((e) => e.target), `A sentence by ${as}.`]);
  });

  it("refuses to create a document in a project the caller is not in, writing nothing", async () => {
    const documents = await prisma.document.count();
    for (const membership of ["other", "none"] as const) {
      const form = new FormData();
      form.set("text", "एक वाक्य।");
      form.set("title", "Not mine");
      form.set("project", projectId);
      const response = await call(routes.createDocument, "POST", "/api/documents", { cookie: who[membership], form });
      expect(response.status, membership).toBe(404);
    }
    expect(await prisma.document.count()).toBe(documents);
  });

  it("decides by the role in the project: a global reviewer who translates here cannot approve here", async () => {
    const seeded = await seed("translated", projectId);
    const before = await snapshot(seeded.documentId);
    const response = await acts.approve(seeded, translatorHere, "translated");
    expect(response.status).toBe(403);
    expect(await snapshot(seeded.documentId)).toEqual(before);
    expect((await acts.edit(seeded, translatorHere, "translated")).status).toBe(200);
  });

  it("a member who is removed loses access at the next request", async () => {
    const leaving = await makeUser("translator", "matrix-leaving");
    await setMember(projectId, leaving.id, "translator", null);
    const cookie = await sessionCookie(leaving.email, "correct horse 7");
    const seeded = await seed("translated", projectId);
    expect((await reads.units(seeded, cookie)).status).toBe(200);
    await prisma.projectMember.delete({ where: { projectId_userId: { projectId, userId: leaving.id } } });
    expect((await reads.units(seeded, cookie)).status).toBe(404);
    const before = await snapshot(seeded.documentId);
    expect((await acts.edit(seeded, cookie, "translated")).status).toBe(404);
    expect(await snapshot(seeded.documentId)).toEqual(before);
  });
});
