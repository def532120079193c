import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { saveUnit } from "@/features/editor/mutations";
import { forgetKeyFrequency, loadDocumentAnalysis } from "@/features/tm/data";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";

/*
 * The document page's analysis (features/tm/components/document-analysis.tsx) is loadDocumentAnalysis,
 * the same function `setu analyse DOC_ID` prints: a document with a unit in each band we can build
 * exactly, against a real memory in PostgreSQL, and the CLI's answer for the same document.
 */
const root = path.resolve(import.meta.dirname, "../..");
const A = "सरकार ने 500 करोड़ रुपये की नई योजना घोषित की।";
const B = "प्रधानमंत्री ने आज दिल्ली में किसानों से बात की।";
const C = "बैठक में विपक्ष के नेता भी मौजूद थे।";
const NEW = "आज मौसम साफ रहेगा और शाम को हल्की बारिश हो सकती है।";

let translator: CurrentUser;
let projectId: string;
let queryDoc: string;

beforeAll(async () => {
  forgetKeyFrequency();
  translator = await makeUser("translator", "tm-analysis");
  projectId = (await prisma.project.create({ data: { name: `tm-analysis ${Date.now()}` } })).id;
  await prisma.projectMember.create({ data: { projectId, userId: translator.id, role: "translator" } });
  const memory = await makeDocument([A, B, C], null, projectId);
  for (const [i, english] of [
    "The government announced a new Rs 500 crore scheme.",
    "The PM spoke to farmers in Delhi today.",
    "Opposition leaders attended the meeting.",
  ].entries()) {
    await saveUnit(memory.unitIds[i], { english, version: 1, markTranslated: true }, translator);
  }
  // A, B with the memory's own neighbours: 101 and 101; C after B but before another sentence: 100;
  // A with another number: 97; B with one word changed: 89 (fuzzy 85–94); C again: a repetition; and a new sentence.
  queryDoc = (await makeDocument([A, B, C, A.replace("500", "800"), B.replace("दिल्ली", "मुंबई"), C, NEW], null, projectId)).id;
});

describe("the analysis of a document against its project's memory", () => {
  it("puts each unit in its band and sums the words per band", async () => {
    const analysis = await loadDocumentAnalysis(queryDoc);
    expect(analysis.unitBands).toEqual(["context", "context", "exact", "fuzzy95", "fuzzy85", "repetition", "new"]);
    const by = Object.fromEntries(analysis.bands.map((b) => [b.band, [b.units, b.words]]));
    // Words are every token but punctuation: A has 10 (9 words and 500), B 9, C 8, NEW 12.
    expect(by).toEqual({
      repetition: [1, 8],
      context: [2, 19],
      exact: [1, 8],
      fuzzy95: [1, 10],
      fuzzy85: [1, 9],
      fuzzy75: [0, 0],
      fuzzy50: [0, 0],
      new: [1, 12],
    });
    expect(analysis.total).toEqual({ units: 7, words: 66 });
  });

  it("is what `setu analyse DOC_ID --json` prints (one code path for the page and the CLI)", async () => {
    const page = await loadDocumentAnalysis(queryDoc);
    const cli = spawnSync(process.execPath, [path.join(root, "cli/setu.mjs"), "analyse", queryDoc, "--json"], {
      encoding: "utf8",
      env: process.env,
    });
    expect(cli.stderr).toBe("");
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual({ bands: page.bands, total: page.total });
  });

  it("reads and writes nothing else: the memory is the same after an analysis", async () => {
    const before = await prisma.tmEntry.findMany({ where: { projectId }, orderBy: { id: "asc" } });
    await loadDocumentAnalysis(queryDoc);
    expect(await prisma.tmEntry.findMany({ where: { projectId }, orderBy: { id: "asc" } })).toEqual(before);
  });
});
