import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/api/projects/[id]/memory/export/route";
import { POST as importRoute } from "@/app/api/projects/[id]/memory/import/route";
import { removeMember, setMember } from "@/features/projects/mutations";
import { importMemoryTmx } from "@/features/tm/mutations";
import { prisma } from "@/lib/server/prisma";
import { readTmx } from "@/lib/tmx/reader";
import { makeUser } from "../support/fixtures";
import { call, ORIGIN, sessionCookie } from "../support/http";
import { memoryTmx } from "../support/tmx";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * The project page's memory exchange over the real handlers (POST /api/projects/:id/memory/import,
 * GET …/export): every refusal first, each proving the memory did not change, then the report and
 * the export read back.
 */
const S1 = "सरकार ने 500 करोड़ रुपये की नई योजना घोषित की।";
const S2 = "प्रधानमंत्री ने आज दिल्ली में किसानों से बात की।";
const S3 = "बैठक में विपक्ष के नेता भी मौजूद थे।";

function tmx(pairs: [string, string, string?][], langs: [string, string] = ["hi-IN", "en-US"]): string {
  return memoryTmx(pairs, { langs });
}

function tmxForm(content: string, name = "memory.tmx"): FormData {
  const form = new FormData();
  form.set("file", new File([content], name, { type: "application/x-tmx+xml" }));
  return form;
}

let projectId: string;
let otherProjectId: string;
let translatorUser: { id: string; role: "reviewer" };
let leaverUser: { id: string; role: "translator" };
const cookies: Record<"reviewer" | "manager" | "translator" | "outsider" | "admin", string> = {} as never;

beforeAll(async () => {
  projectId = (await prisma.project.create({ data: { name: `tm-exchange ${Date.now()}` } })).id;
  otherProjectId = (await prisma.project.create({ data: { name: `tm-exchange other ${Date.now()}` } })).id;
  const reviewer = await makeUser("translator", "tmx-rev");
  const manager = await makeUser("translator", "tmx-man");
  // A global reviewer who only translates here: the role in the project decides.
  const translator = await makeUser("reviewer", "tmx-tr");
  const outsider = await makeUser("reviewer", "tmx-out");
  const admin = await makeUser("admin", "tmx-admin");
  await setMember(projectId, reviewer.id, "reviewer", null);
  await setMember(projectId, manager.id, "manager", null);
  await setMember(projectId, translator.id, "translator", null);
  await setMember(otherProjectId, outsider.id, "reviewer", null);
  translatorUser = { id: translator.id, role: "reviewer" };
  const leaver = await makeUser("translator", "tmx-leaver");
  await setMember(projectId, leaver.id, "reviewer", null);
  leaverUser = { id: leaver.id, role: "translator" };
  for (const [k, u] of Object.entries({ reviewer, manager, translator, outsider, admin })) {
    cookies[k as keyof typeof cookies] = await sessionCookie(u.email, "correct horse 7");
  }
  // Something in the memory already, so that "unchanged" means more than "still empty".
  const seeded = await call(importRoute, "POST", `/api/projects/${projectId}/memory/import`, {
    cookie: cookies.reviewer,
    params: { id: projectId },
    form: tmxForm(tmx([[S1, "The government announced a new Rs 500 crore scheme."]])),
  });
  expect(seeded.status, JSON.stringify(seeded.body)).toBe(201);
});

const memory = () => prisma.tmEntry.findMany({ orderBy: { id: "asc" } });

async function importAs(who: keyof typeof cookies | null, form: FormData, extra: { origin?: string | null; id?: string } = {}) {
  const id = extra.id ?? projectId;
  return call(importRoute, "POST", `/api/projects/${id}/memory/import`, {
    cookie: who ? cookies[who] : null,
    params: { id },
    form,
    ...(extra.origin !== undefined ? { origin: extra.origin } : {}),
  });
}

describe("POST /api/projects/:id/memory/import refuses, and the memory is unchanged", () => {
  const good = () => tmxForm(tmx([[S2, "The Prime Minister spoke to farmers in Delhi today."]]));

  it("without a session: 401", async () => {
    const before = await memory();
    const r = await importAs(null, good());
    expect([r.status, r.body.error?.code]).toEqual([401, "UNAUTHENTICATED"]);
    expect(await memory()).toEqual(before);
  });

  it("a member of another project, and a project that does not exist: the same 404", async () => {
    const before = await memory();
    const r = await importAs("outsider", good());
    expect([r.status, r.body.error?.details?.reason]).toEqual([404, "projectNotFound"]);
    const none = await importAs("outsider", good(), { id: "cmissingproject000000000" });
    expect(none.status).toBe(404);
    expect(none.body.error?.details?.reason).toEqual(r.body.error?.details?.reason);
    expect(await memory()).toEqual(before);
  });

  it("a translator of the project: 403 reviewerOnly (even with the global reviewer role)", async () => {
    const before = await memory();
    const r = await importAs("translator", good());
    expect([r.status, r.body.error?.details?.reason]).toEqual([403, "reviewerOnly"]);
    expect(await memory()).toEqual(before);
  });

  it("from another origin: 403 crossOrigin, before anything is read", async () => {
    const before = await memory();
    const hostile = [
      { origin: "http://evil.example" },
      { origin: "http://localhost:3001" },
      { origin: "http://evil.localhost:3000" },
      { origin: "null" },
      { origin: null, headers: { "sec-fetch-site": "cross-site" } },
    ];
    for (const options of hostile) {
      const r = await call(importRoute, "POST", `/api/projects/${projectId}/memory/import`, {
        cookie: cookies.admin,
        params: { id: projectId },
        form: good(),
        ...options,
      });
      expect([r.status, r.body.error?.details?.reason], JSON.stringify(options)).toEqual([403, "crossOrigin"]);
    }
    expect(await memory()).toEqual(before);
  });

  it("an external entity (XXE) or an internal DTD subset: 400 UNSAFE_XML, no file contents echoed", async () => {
    const before = await memory();
    const body = tmx([[S2, "&x;"]]).replace(/^<\?xml[^>]*>/, "");
    for (const doctype of ['<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>', '<!DOCTYPE tmx [<!ENTITY x "boom">]>']) {
      const r = await importAs("reviewer", tmxForm(`<?xml version="1.0"?>${doctype}${body}`));
      expect([r.status, r.body.error?.code]).toEqual([400, "UNSAFE_XML"]);
      expect(r.body.error?.message).toMatch(/DTD|entit/i);
      expect(JSON.stringify(r.body)).not.toContain("root:");
    }
    expect(await memory()).toEqual(before);
  });

  it("the wrong language pair: 400 naming the languages found", async () => {
    const before = await memory();
    const r = await importAs("reviewer", tmxForm(tmx([[S2, "Le Premier ministre a parlé."]], ["hi-IN", "fr-FR"])));
    expect([r.status, r.body.error?.details?.reason]).toEqual([400, "noHindiEnglish"]);
    expect(r.body.error?.details?.languages).toEqual(["fr-FR", "hi-IN"]);
    expect(r.body.error?.message).toMatch(/it has fr-FR, hi-IN/);
    expect(await memory()).toEqual(before);
  });

  it("not XML, not TMX, a file broken after good units, no file: 400 with a clear reason", async () => {
    const before = await memory();
    const notXml = await importAs("reviewer", tmxForm("hindi,english\nखेत,field\n", "memory.csv"));
    expect(notXml.status).toBe(400);
    expect(notXml.body.error?.code).toBe("MALFORMED_FILE");
    const notTmx = await importAs("reviewer", tmxForm('<?xml version="1.0"?><html><body/></html>'));
    expect([notTmx.status, notTmx.body.error?.code]).toEqual([400, "MALFORMED_FILE"]);
    const full = tmx([
      [S2, "Two."],
      [S3, "Three."],
    ]);
    const broken = await importAs("reviewer", tmxForm(full.slice(0, full.lastIndexOf("<tu ")) + "<tu><tuv xml:lang="));
    expect(broken.status).toBe(400);
    expect(broken.body.error?.code).toBe("MALFORMED_FILE");
    const empty = await importAs("reviewer", new FormData());
    expect([empty.status, empty.body.error?.details?.reason]).toEqual([400, "fileRequired"]);
    expect(await memory()).toEqual(before);
  });

  it("over the upload limit: refused as too large (413 tooLarge) whatever the body, reading no further", async () => {
    const before = await memory();
    const limit = Number(process.env.SETU_MAX_UPLOAD_MB ?? 50) * 1024 * 1024;
    const declared = await call(importRoute, "POST", `/api/projects/${projectId}/memory/import`, {
      cookie: cookies.reviewer,
      params: { id: projectId },
      form: good(),
      headers: { "content-length": String(limit * 2) },
    });
    expect([declared.status, declared.body.error?.details?.reason]).toEqual([413, "tooLarge"]);
    expect(declared.body.error?.details?.limit).toBe(limit);
    // A chunked body that says nothing of its size is counted as it arrives and cut off past the limit.
    const boundary = "----setu-tm-big";
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.tmx"\r\nContent-Type: application/x-tmx+xml\r\n\r\n`,
    );
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
      },
      pull(controller) {
        if (pulled >= 2 * limit) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request(`${ORIGIN}/api/projects/${projectId}/memory/import`, {
      method: "POST",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, cookie: cookies.reviewer, origin: ORIGIN },
      body,
      // @ts-expect-error Node's fetch needs duplex for a streamed body; the DOM typings do not know it.
      duplex: "half",
    });
    const { nextHeadersMock } = await import("../support/http");
    vi.spyOn(nextHeadersMock, "headers").mockResolvedValue(request.headers);
    const streamed = await importRoute(request, { params: Promise.resolve({ id: projectId }) });
    vi.restoreAllMocks();
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThan(2 * limit);
    expect(await memory()).toEqual(before);
  });

  it("a body that is not a multipart form: 415, nothing read", async () => {
    const before = await memory();
    const r = await call(importRoute, "POST", `/api/projects/${projectId}/memory/import`, {
      cookie: cookies.reviewer,
      params: { id: projectId },
      raw: { body: tmx([[S2, "Two."]]), contentType: "text/plain" },
    });
    expect(r.status).toBe(415);
    expect(await memory()).toEqual(before);
  });
});

describe("importMemoryTmx asks the policy again inside its transaction", () => {
  const bytes = () => new TextEncoder().encode(tmx([[S3, "Opposition leaders were present."]]));

  it("refuses a translator of the project (403) and a member removed since the route's check (404), storing nothing", async () => {
    const before = await memory();
    const input = { projectId, fileName: "m.tmx", maxBytes: 1_000_000 };
    await expect(importMemoryTmx(bytes(), { ...input, user: translatorUser })).rejects.toMatchObject({ status: 403 });
    await removeMember(projectId, leaverUser.id, null);
    await expect(importMemoryTmx(bytes(), { ...input, user: leaverUser })).rejects.toMatchObject({ status: 404 });
    expect(await memory()).toEqual(before);
  });
});

describe("the import report and the export", () => {
  it("a reviewer imports: added, merged duplicates (in the file and already stored), skipped units", async () => {
    const file = tmx([
      [S1, "The government announced a new Rs 500 crore scheme."], // already in the memory
      [S2, "The Prime Minister spoke to farmers in Delhi today.", "approved"],
      [S2, "The Prime Minister spoke to farmers in Delhi today."], // twice in the file
      [S3, "Opposition leaders were also present at the meeting."],
      [S3, "   "], // no English text
    ]);
    const r = await importAs("reviewer", tmxForm(file));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ read: 5, added: 2, merged: 2, extraLanguages: [] });
    expect(Object.values(r.body.skipped as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(1);
    const rows = await prisma.tmEntry.findMany({ where: { projectId } });
    const bySource = new Map(rows.map((e) => [e.source, e]));
    expect(rows).toHaveLength(3);
    expect([S1, S2, S3].map((s) => bySource.get(s)?.status)).toEqual(["translated", "approved", "translated"]);
    expect(bySource.get(S3)?.originFile).toBe("memory.tmx");
  });

  it("a manager and an administrator may import; importing the same file again only merges", async () => {
    const file = tmxForm(tmx([[S2, "The Prime Minister spoke to farmers in Delhi today."]]));
    for (const who of ["manager", "admin"] as const) {
      const r = await importAs(who, file);
      expect(r.status, who).toBe(201);
      expect(r.body).toMatchObject({ read: 1, added: 0, merged: 1 });
    }
    expect(await prisma.tmEntry.count({ where: { projectId } })).toBe(3);
  });

  it("export refuses without a session (401) and a non-member (404), showing nothing", async () => {
    const anon = await call(exportRoute, "GET", `/api/projects/${projectId}/memory/export`, { cookie: null, params: { id: projectId } });
    expect(anon.status).toBe(401);
    const out = await call(exportRoute, "GET", `/api/projects/${projectId}/memory/export`, {
      cookie: cookies.outsider,
      params: { id: projectId },
    });
    expect(out.status).toBe(404);
    expect(JSON.stringify(out.body)).not.toContain("Prime Minister");
  });

  it("every member (a translator too) exports TMX 1.4 that reads back to the memory's entries, valid by the DTD", async () => {
    const r = await call(exportRoute, "GET", `/api/projects/${projectId}/memory/export`, {
      cookie: cookies.translator,
      params: { id: projectId },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("application/x-tmx+xml");
    expect(r.headers.get("content-disposition")).toMatch(/^attachment; filename="setu-memory-\d{4}-\d{2}-\d{2}\.tmx"/);
    const text = String(r.body.text);
    const pairs: [string, string][] = [];
    async function* chunks() {
      yield text;
    }
    for await (const event of readTmx(chunks(), { maxBytes: 10_000_000 })) {
      if (event.kind !== "unit") continue;
      const byLang = new Map(event.unit.variants.map((v) => [v.lang.slice(0, 2), v.text]));
      pairs.push([byLang.get("hi") ?? "", byLang.get("en") ?? ""]);
    }
    const entries = await prisma.tmEntry.findMany({ where: { projectId }, orderBy: { id: "asc" } });
    expect(pairs).toHaveLength(entries.length);
    expect(pairs).toEqual(entries.map((e) => [e.source, e.target]));
    const dir = mkdtempSync(path.join(tmpdir(), "setu-tm-export-"));
    const out = path.join(dir, "memory.tmx");
    writeFileSync(out, text);
    const dtd = path.resolve(import.meta.dirname, "../fixtures/tmx14.dtd");
    const lint = spawnSync("xmllint", ["--noout", "--nonet", "--dtdvalid", dtd, out], { encoding: "utf8" });
    expect(lint.status, lint.stderr).toBe(0);
  });

  it("the other project's memory is its own: empty export, nothing of this one", async () => {
    const admin = await call(exportRoute, "GET", `/api/projects/${otherProjectId}/memory/export`, {
      cookie: cookies.admin,
      params: { id: otherProjectId },
    });
    expect(admin.status).toBe(200);
    expect(String(admin.body.text)).not.toContain("<tu ");
  });
});
