import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as changesRoute } from "@/app/api/documents/[id]/changes/route";
import { GET as exportRoute } from "@/app/api/documents/[id]/export/route";
import { GET as indexRoute } from "@/app/api/documents/[id]/index/route";
import { GET as unitsRoute } from "@/app/api/documents/[id]/units/route";
import { GET as multiExportRoute } from "@/app/api/export/route";
import { GET as baselineRoute } from "@/app/api/units/[id]/baseline/route";
import { GET as commentsGet } from "@/app/api/units/[id]/comments/route";
import { GET as historyRoute } from "@/app/api/units/[id]/history/route";
import { mergeWithNext, saveUnit } from "@/features/editor/mutations";
import { reviewUnit } from "@/features/review/mutations";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";
import { runQueuedJob } from "../support/jobs";
import { routes, tmxWithStatus } from "../support/routes";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

// Each attack of issue #12, as it was tried against Setu: it used to succeed (or answer 500).

const root = path.resolve(import.meta.dirname, "../..");
let translator: CurrentUser;
let reviewer: CurrentUser;
let asTranslator = "";
let asReviewer = "";

beforeAll(async () => {
  translator = await makeUser("translator", "attack-tr");
  reviewer = await makeUser("reviewer", "attack-rv");
  asTranslator = await sessionCookie(translator.email, "correct horse 7");
  asReviewer = await sessionCookie(reviewer.email, "correct horse 7");
});

/** A document of `n` one-sentence units, translated, the first `approved` of them approved. */
async function documentWithApproved(n: number, approved: number) {
  const doc = await makeDocument(
    Array.from({ length: n }, (_, i) => `वाक्य संख्या ${i + 1} है।`),
    reviewer.id,
  );
  for (const [i, id] of doc.unitIds.entries()) {
    const saved = await saveUnit(id, { english: `Sentence ${i + 1}.`, version: 1, markTranslated: true }, translator);
    if (i < approved) await reviewUnit(id, { action: "approve", version: saved.version, comment: "" }, reviewer);
  }
  return doc;
}

describe("1. a translator cannot wipe approved work by realigning", () => {
  it("refuses align with replace=1 on a document with approved units, keeping units, history and comments", async () => {
    const doc = await documentWithApproved(3, 2);
    await prisma.comment.create({ data: { unitId: doc.unitIds[0], authorId: reviewer.id, body: "Keep this." } });
    const before = {
      units: await prisma.unit.findMany({ where: { documentId: doc.id }, orderBy: { id: "asc" } }),
      versions: await prisma.unitVersion.count({ where: { unitId: { in: doc.unitIds } } }),
      comments: await prisma.comment.count({ where: { unitId: { in: doc.unitIds } } }),
    };
    const form = new FormData();
    form.set("text", "One. Two. Three.");
    form.set("replace", "1");
    const response = await call(routes.align, "POST", `/api/documents/${doc.id}/align`, {
      cookie: asTranslator,
      params: { id: doc.id },
      form,
    });
    expect(response.status).toBe(403);
    expect(response.body.error?.details).toMatchObject({ reason: "approvedLocked", approved: 2 });
    expect(response.body.error?.message).toContain("2 approved");
    expect({
      units: await prisma.unit.findMany({ where: { documentId: doc.id }, orderBy: { id: "asc" } }),
      versions: await prisma.unitVersion.count({ where: { unitId: { in: doc.unitIds } } }),
      comments: await prisma.comment.count({ where: { unitId: { in: doc.unitIds } } }),
    }).toEqual(before);
  });

  it("tells a reviewer how many translated and approved units a realign would replace before doing it", async () => {
    const doc = await documentWithApproved(3, 1);
    const form = new FormData();
    form.set("text", "One. Two. Three.");
    const response = await call(routes.align, "POST", `/api/documents/${doc.id}/align`, {
      cookie: asReviewer,
      params: { id: doc.id },
      form,
    });
    expect([response.status, response.body.error?.details]).toEqual([409, { reason: "hasTranslations", translated: 3, approved: 1 }]);
    form.set("replace", "1");
    const replaced = await call(routes.align, "POST", `/api/documents/${doc.id}/align`, {
      cookie: asReviewer,
      params: { id: doc.id },
      form,
    });
    expect(replaced.status).toBe(202);
    const job = await runQueuedJob(String(replaced.body.jobId));
    expect([job.state, (job.result as { replaced: number }).replaced]).toEqual(["succeeded", 3]);
  });
});

describe("2. a translator cannot get round the approved lock by restructuring", () => {
  it("refuses split, merge and move on approved units and leaves them approved", async () => {
    const doc = await makeDocument(["एक है।", "दो है।", "तीन है।"], reviewer.id);
    await mergeWithNext(doc.unitIds[0], { version: 1, nextVersion: 1 }, reviewer);
    const [ab, c] = await prisma.unit.findMany({ where: { documentId: doc.id }, orderBy: { firstSentence: "asc" } });
    const saved = await saveUnit(ab.id, { english: "One. Two.", version: ab.version, markTranslated: true }, translator);
    const approved = await reviewUnit(ab.id, { action: "approve", version: saved.version, comment: "" }, reviewer);
    const id = String(ab.id);
    const attempts = [
      call(routes.split, "POST", `/api/units/${id}/split`, {
        cookie: asTranslator,
        params: { id },
        json: { version: approved.version, at: 1, englishFirst: "Rewritten.", englishSecond: "Also." },
      }),
      call(routes.merge, "POST", `/api/units/${id}/merge`, {
        cookie: asTranslator,
        params: { id },
        json: { version: approved.version, nextVersion: c.version },
      }),
      call(routes.move, "POST", `/api/units/${id}/move`, {
        cookie: asTranslator,
        params: { id },
        json: { version: approved.version, neighbourVersion: c.version, direction: "last-to-next" },
      }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect([response.status, response.body.error?.details?.reason]).toEqual([403, "approvedLocked"]);
    }
    // Also through the neighbour: merging the previous unit into the approved one.
    const row = await prisma.unit.findUniqueOrThrow({ where: { id: ab.id } });
    expect([row.status, row.english, row.firstSentence, row.lastSentence, row.version]).toEqual([
      "approved",
      "One. Two.",
      0,
      1,
      approved.version,
    ]);
  });
});

describe("3. a translator cannot import approved work", () => {
  it("stores a translator's approved TMX unit as translated; it is not in the approved-only export", async () => {
    const form = new FormData();
    const xml = tmxWithStatus([
      { hindi: "किसान खेत गए।", english: "The farmers went to the field.", status: "approved" },
      { hindi: "बारिश हुई।", english: "It rained.", status: "translated" },
    ]);
    form.set("file", new File([xml], "work.tmx"));
    form.set("title", "Self-approved");
    const response = await call(routes.importTmx, "POST", "/api/documents/import-tmx", { cookie: asTranslator, form });
    expect([response.status, response.body.capped]).toEqual([201, 1]);
    const id = response.body.id as string;
    const statuses = (await prisma.unit.findMany({ where: { documentId: id }, orderBy: { firstSentence: "asc" } })).map((u) => u.status);
    expect(statuses).toEqual(["translated", "translated"]);
    const exported = await call(exportRoute, "GET", `/api/documents/${id}/export?format=tmx&status=approved`, {
      cookie: asTranslator,
      params: { id },
    });
    // Nothing is approved, so the approved-only export is refused instead of an empty TMX (issue #11).
    expect([exported.status, exported.body.error?.details?.reason]).toEqual([409, "nothingApproved"]);
    expect(JSON.stringify(exported.body)).not.toContain("The farmers went");
  });
});

describe("4. concurrent structural edits neither deadlock nor fail with 500", () => {
  async function pair() {
    // A = sentence 0, B = sentences 1–2: merge(A+B) races move(B's first sentence → A).
    const doc = await makeDocument(["एक है।", "दो है।", "तीन है।"], reviewer.id);
    await mergeWithNext(doc.unitIds[1], { version: 1, nextVersion: 1 }, reviewer);
    const [a, b] = await prisma.unit.findMany({ where: { documentId: doc.id }, orderBy: { firstSentence: "asc" } });
    const merge = () =>
      call(routes.merge, "POST", `/api/units/${a.id}/merge`, {
        cookie: asReviewer,
        params: { id: String(a.id) },
        json: { version: a.version, nextVersion: b.version },
      });
    const move = () =>
      call(routes.move, "POST", `/api/units/${b.id}/move`, {
        cookie: asReviewer,
        params: { id: String(b.id) },
        json: { version: b.version, neighbourVersion: a.version, direction: "first-to-previous" },
      });
    return { documentId: doc.id, merge, move };
  }

  async function coverage(documentId: string) {
    const units = await prisma.unit.findMany({ where: { documentId }, orderBy: { firstSentence: "asc" } });
    return units.flatMap((u) => Array.from({ length: u.lastSentence - u.firstSentence + 1 }, (_, i) => u.firstSentence + i));
  }

  // Seeded one after another: the race is between the requests, not the fixtures.
  async function pairs(n: number) {
    const made = [];
    for (let i = 0; i < n; i++) made.push(await pair());
    return made;
  }

  it("60 pairs of merge(A+B) vs move(B→A), 3 pairs at a time: no 500, one of each pair wins, sentences covered once", async () => {
    const pairs60 = await pairs(60);
    const statuses: number[] = [];
    for (let i = 0; i < pairs60.length; i += 3) {
      const batch = pairs60.slice(i, i + 3);
      const results = await Promise.all(batch.flatMap((p) => [p.merge(), p.move()]));
      statuses.push(...results.map((r) => r.status));
      for (const [j, p] of batch.entries()) {
        const [m, v] = [results[2 * j].status, results[2 * j + 1].status];
        expect([m, v].filter((s) => s === 200).length, `pair ${i + j}: ${m}/${v}`).toBeGreaterThanOrEqual(1);
        expect(await coverage(p.documentId)).toEqual([0, 1, 2]);
      }
    }
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.every((s) => [200, 409, 410].includes(s))).toBe(true);
  });

  it("60 pairs at once: no 500; a request that finds no free connection is told 503 with Retry-After", async () => {
    const all = await pairs(60);
    const results = await Promise.all(all.flatMap((p) => [p.merge(), p.move()]));
    for (const r of results) {
      expect([200, 409, 410, 503], JSON.stringify(r.body)).toContain(r.status);
      if (r.status === 503) expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    for (const p of all) expect(await coverage(p.documentId)).toEqual([0, 1, 2]);
  });
});

describe("6. uploads are counted as they arrive", () => {
  it("stops reading a chunked upload past the limit, whatever the headers say", async () => {
    const limit = Number(process.env.SETU_MAX_UPLOAD_MB ?? 50) * 1024 * 1024;
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    const total = 4 * limit;
    let pulled = 0;
    const boundary = "----setu-attack";
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`,
    );
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
      },
      pull(controller) {
        if (pulled >= total) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request("http://localhost:3000/api/documents", {
      method: "POST",
      // A lie (or nothing at all) in Content-Length must not matter.
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, cookie: asTranslator, "content-length": "100" },
      body,
      // @ts-expect-error Node's fetch needs duplex for a streamed body; the DOM typings do not know it.
      duplex: "half",
    });
    const documents = await prisma.document.count();
    const { nextHeadersMock } = await import("../support/http");
    vi.spyOn(nextHeadersMock, "headers").mockResolvedValue(request.headers);
    const response = await routes.createDocument(request);
    vi.restoreAllMocks();
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(limit + 4 * chunk.byteLength);
    expect(await prisma.document.count()).toBe(documents);
  });
});

describe("9. hostile ids and text are 400/404, never 500", () => {
  const tooBig = "2147483648";
  it.each([
    ["save", routes.save, "PUT", { english: "x", version: 1 }],
    ["split", routes.split, "POST", { version: 1, at: 1, englishFirst: "a", englishSecond: "b" }],
    ["merge", routes.merge, "POST", { version: 1, nextVersion: 1 }],
    ["move", routes.move, "POST", { version: 1, neighbourVersion: 1, direction: "last-to-next" }],
    ["review", routes.review, "POST", { action: "approve", version: 1 }],
    ["comment", routes.comment, "POST", { body: "x" }],
    ["comment resolve", routes.commentResolve, "PATCH", { resolved: true }],
  ] as const)("%s with a unit id above 2^31-1 → 400", async (_name, route, method, json) => {
    const response = await call(route, method, `/api/units/${tooBig}`, { cookie: asReviewer, params: { id: tooBig }, json });
    expect([response.status, response.body.error?.code]).toEqual([400, "BAD_INPUT"]);
  });

  it.each([
    ["history", historyRoute],
    ["baseline", baselineRoute],
    ["comments", commentsGet],
  ] as const)("GET %s with a unit id above 2^31-1 → 400", async (_name, route) => {
    const response = await call(route, "GET", `/api/units/${tooBig}`, { cookie: asReviewer, params: { id: tooBig } });
    expect(response.status).toBe(400);
  });

  it("refuses ids above 2^31-1 in bodies and lists", async () => {
    const doc = await makeDocument(["एक है।"], reviewer.id);
    const units = await call(unitsRoute, "GET", `/api/documents/${doc.id}/units?ids=1,${tooBig}`, {
      cookie: asReviewer,
      params: { id: doc.id },
    });
    expect(units.status).toBe(400);
    const presence = await call(routes.presence, "POST", `/api/documents/${doc.id}/presence`, {
      cookie: asReviewer,
      params: { id: doc.id },
      json: { unitId: Number(tooBig) },
    });
    expect(presence.status).toBe(400);
    const reply = await call(routes.comment, "POST", `/api/units/${doc.unitIds[0]}/comments`, {
      cookie: asReviewer,
      params: { id: String(doc.unitIds[0]) },
      json: { body: "x", parentId: Number(tooBig) },
    });
    expect(reply.status).toBe(400);
    expect(await prisma.comment.count({ where: { unitId: doc.unitIds[0] } })).toBe(0);
  });

  it("keeps presence to units of the document named", async () => {
    const [one, other] = [await makeDocument(["एक है।"], reviewer.id), await makeDocument(["दो है।"], reviewer.id)];
    const response = await call(routes.presence, "POST", `/api/documents/${one.id}/presence`, {
      cookie: asReviewer,
      params: { id: one.id },
      json: { unitId: other.unitIds[0] },
    });
    expect(response.status).toBe(404);
    expect(await prisma.presence.count({ where: { documentId: one.id } })).toBe(0);
  });

  const nul = "a\u0000b";
  it.each([
    ["units", unitsRoute, "GET", "?ids=1"],
    ["export", exportRoute, "GET", ""],
    ["index", indexRoute, "GET", ""],
    ["changes", changesRoute, "GET", "?since=2026-01-01T00:00:00Z"],
    ["bulk-approve", routes.bulkApprove, "POST", ""],
    ["align", routes.align, "POST", ""],
  ] as const)("a NUL in the document id of %s → 404", async (_name, route, method, query) => {
    const form = new FormData();
    form.set("text", "x");
    const response = await call(route, method, `/api/documents/a%00b${query}`, {
      cookie: asReviewer,
      params: { id: nul },
      ...(method === "POST" ? (route === routes.align ? { form } : { json: {} }) : {}),
    });
    expect(response.status).toBe(404);
  });

  it("refuses a NUL in the export's id list, and a date outside any sensible range", async () => {
    const exported = await call(multiExportRoute, "GET", "/api/export?ids=a%00b", { cookie: asReviewer });
    expect(exported.status).toBe(400);
    const doc = await makeDocument(["एक है।"], reviewer.id);
    for (const since of ["-005000-01-01T00:00:00Z", "+275760-09-13T00:00:00Z", "yesterday"]) {
      const response = await call(changesRoute, "GET", `/api/documents/${doc.id}/changes?since=${encodeURIComponent(since)}`, {
        cookie: asReviewer,
        params: { id: doc.id },
      });
      expect(response.status, since).toBe(400);
    }
  });

  it("strips NUL and other controls from comment bodies and document titles", async () => {
    const doc = await makeDocument(["एक है।"], reviewer.id);
    const id = String(doc.unitIds[0]);
    const comment = await call(routes.comment, "POST", `/api/units/${id}/comments`, {
      cookie: asReviewer,
      params: { id },
      json: { body: "a\u0000b\u0007c" },
    });
    expect(comment.status).toBe(201);
    expect((await prisma.comment.findUniqueOrThrow({ where: { id: comment.body.id as number } })).body).toBe("a b c");
    const onlyNul = await call(routes.comment, "POST", `/api/units/${id}/comments`, {
      cookie: asReviewer,
      params: { id },
      json: { body: "\u0000" },
    });
    expect(onlyNul.status).toBe(400);

    const form = new FormData();
    form.set("title", "Ti\u0000tle");
    form.set("text", "एक वाक्य है।");
    const created = await call(routes.createDocument, "POST", "/api/documents", { cookie: asReviewer, form });
    expect(created.status).toBe(201);
    expect((await prisma.document.findUniqueOrThrow({ where: { id: created.body.id as string } })).title).toBe("Ti tle");
  });

  it("refuses a glossary term of kilobytes with a clear message, over HTTP and in the CLI", async () => {
    const long = "क".repeat(3000);
    const csv = `hindi,english,status,part_of_speech,note\r\n${long},field,preferred,,\r\n`;
    const form = new FormData();
    form.set("file", new File([csv], "long.csv"));
    const entries = await prisma.glossaryEntry.count();
    const response = await call(routes.glossaryImport, "POST", "/api/glossary/import", { cookie: asReviewer, form });
    expect([response.status, response.body.error?.details?.reason]).toEqual([400, "termTooLong"]);
    expect(await prisma.glossaryEntry.count()).toBe(entries);

    const file = path.join(mkdtempSync(path.join(tmpdir(), "setu-attack-")), "long.csv");
    writeFileSync(file, csv);
    const cli = spawnSync(process.execPath, [path.join(root, "cli/setu.mjs"), "glossary", "import", file, "--project", "default"], {
      encoding: "utf8",
      env: process.env,
    });
    expect(cli.status).toBe(2);
    expect(cli.stderr).toMatch(/longer than 300 characters/);
    expect(cli.stderr).not.toMatch(/internal error/);
  });
});

describe("10. CSV files Setu writes cannot run formulas in a spreadsheet", () => {
  it("neutralises formula cells in the document CSV export", async () => {
    const doc = await makeDocument(["पहला वाक्य है।", "दूसरा वाक्य है।"], reviewer.id);
    for (const [i, english] of ['=HYPERLINK("http://evil.example","x")', "+1 more"].entries()) {
      const saved = await saveUnit(doc.unitIds[i], { english, version: 1, markTranslated: true }, translator);
      await reviewUnit(doc.unitIds[i], { action: "approve", version: saved.version, comment: "" }, reviewer);
    }
    const csv = await call(exportRoute, "GET", `/api/documents/${doc.id}/export?format=csv`, {
      cookie: asReviewer,
      params: { id: doc.id },
    });
    const lines = String(csv.body.text).split("\r\n");
    expect(lines[1]).toBe(`पहला वाक्य है।,"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(lines[2]).toBe("दूसरा वाक्य है।,'+1 more");
  });

  it("neutralises glossary cells and restores them on import, saying how many", async () => {
    const { GET: glossaryExport } = await import("@/app/api/glossary/export/route");
    const hindi = `प्रत्यय${Date.now().toString(36)}`;
    const form = new FormData();
    form.set("file", new File([`hindi,english,status,part_of_speech,note\r\n${hindi},-ism,preferred,,=1+1\r\n`], "g.csv"));
    const first = await call(routes.glossaryImport, "POST", "/api/glossary/import", { cookie: asReviewer, form });
    expect([first.status, first.body.restored]).toEqual([200, 0]);
    const exported = String((await call(glossaryExport, "GET", "/api/glossary/export?format=csv", { cookie: asReviewer })).body.text);
    const row = exported.split("\r\n").find((l) => l.startsWith(hindi));
    expect(row).toBe(`${hindi},'-ism,preferred,,'=1+1`);

    // The exported file, imported again: the apostrophes come off, and the report says so.
    const again = new FormData();
    again.set("file", new File([exported], "g.csv"));
    const second = await call(routes.glossaryImport, "POST", "/api/glossary/import", { cookie: asReviewer, form: again });
    expect(second.status).toBe(200);
    expect(second.body.restored).toBeGreaterThanOrEqual(2);
    const entry = await prisma.glossaryEntry.findFirstOrThrow({ where: { hindi }, include: { terms: true } });
    expect([entry.terms.map((t) => t.english), entry.note]).toEqual([["-ism"], "=1+1"]);
  });
});
