import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/api/documents/[id]/export/route";
import { prisma } from "@/lib/server/prisma";
import { makeDocument, makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

// Issue #11: an export that would hold no translation is refused, never written as an empty file.
const root = path.resolve(import.meta.dirname, "../..");
let asTranslator = "";
let docId = "";
beforeAll(async () => {
  const translator = await makeUser("translator", "empty-export");
  asTranslator = await sessionCookie(translator.email, "correct horse 7");
  const doc = await makeDocument(["पहला वाक्य है।", "दूसरा वाक्य है।"]);
  docId = doc.id;
  await prisma.unit.update({ where: { id: doc.unitIds[0] }, data: { english: "The first sentence.", status: "translated" } });
});

const get = (query: string) =>
  call(exportRoute, "GET", `/api/documents/${docId}/export?${query}`, { cookie: asTranslator, params: { id: docId } });

describe("an export that would be empty", () => {
  it.each([
    ["format=tmx&status=approved", "nothingApproved"],
    ["format=csv&status=approved", "nothingApproved"],
    ["format=txt&status=approved", "nothingApproved"],
    ["format=docx&status=approved", "nothingApproved"],
  ])("GET ?%s → 409 %s", async (query, reason) => {
    const response = await get(query);
    expect(response.status).toBe(409);
    expect(response.body.error?.details?.reason).toBe(reason);
    expect(response.body.error?.message).toMatch(/^Nothing to export/);
  });

  it("is refused for every unit when none has English, and served once one has", async () => {
    const blank = await makeDocument(["केवल हिन्दी है।"]);
    const refused = await call(exportRoute, "GET", `/api/documents/${blank.id}/export?format=tmx&status=all`, {
      cookie: asTranslator,
      params: { id: blank.id },
    });
    expect([refused.status, refused.body.error?.details?.reason]).toEqual([409, "nothingTranslated"]);
    const served = await get("format=tmx&status=all");
    expect(served.status).toBe(200);
    expect(String(served.body.text)).toContain("<seg>The first sentence.</seg>");
  });

  it("XLIFF is never empty: it carries the Hindi for translation", async () => {
    const response = await get("format=xliff12&status=approved");
    expect(response.status).toBe(200);
    expect(String(response.body.text)).toContain("पहला वाक्य है।");
  });

  it("`setu export` says so in one line, exits 3 and leaves no file behind", () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "setu-empty-")), "empty.tmx");
    const result = spawnSync(process.execPath, [path.join(root, "cli/setu.mjs"), "export", docId, "--out", out], { encoding: "utf8" });
    expect(result.status).toBe(3);
    expect(result.stderr.trim().split("\n")).toEqual([
      "setu: Nothing to export: no unit is approved yet. Approve units first, or export all translated units.",
    ]);
    expect(existsSync(out)).toBe(false);
    expect(result.stdout).toBe("");
  });
});
