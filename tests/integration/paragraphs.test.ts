import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadDocumentSummary } from "@/features/documents/data";
import { prisma } from "@/lib/server/prisma";
import { makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";
import { routes } from "../support/routes";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

// Issue #11: a newsroom .txt has one paragraph per line and no blank lines.
const root = path.resolve(import.meta.dirname, "../..");
const ARTICLE_FILE = path.join(root, "tests/fixtures/hindi-news-7-lines.txt");
const ARTICLE = readFileSync(ARTICLE_FILE, "utf8");

function setu(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, "cli/setu.mjs"), ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function paragraphsOf(documentId: string): Promise<number[]> {
  const rows = await prisma.sentence.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { paragraph: true } });
  const counts: number[] = [];
  for (const r of rows) counts[r.paragraph] = (counts[r.paragraph] ?? 0) + 1;
  return counts;
}

let asTranslator = "";
beforeAll(async () => {
  const translator = await makeUser("translator", "paragraphs");
  asTranslator = await sessionCookie(translator.email, "correct horse 7");
});

describe("paragraphs from line structure", () => {
  it("`setu segment` prints the article's 7 paragraphs separated by blank lines, 20 sentences", () => {
    const { code, stdout } = setu(["segment", ARTICLE_FILE]);
    expect(code).toBe(0);
    const blocks = stdout.trimEnd().split("\n\n");
    expect(blocks.map((b) => b.split("\n").length)).toEqual([3, 3, 3, 3, 3, 2, 3]);
    const json = JSON.parse(setu(["segment", ARTICLE_FILE, "--json"]).stdout) as string[][];
    expect(json.flat()).toHaveLength(20);
    expect(json.map((p) => p.join("\n"))).toEqual(blocks);
  });

  it("`setu segment --paragraphs blank` keeps the old rule; a bad mode is one line and exit 2", () => {
    const blank = JSON.parse(setu(["segment", ARTICLE_FILE, "--json", "--paragraphs", "blank"]).stdout) as string[][];
    expect(blank).toHaveLength(1);
    expect(blank[0]).toHaveLength(20);
    const bad = setu(["segment", ARTICLE_FILE, "--paragraphs", "lines"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toEqual(['setu: --paragraphs must be one of auto, line, blank (got "lines").']);
  });

  it("a markdown file keeps markdown rules: a single newline is wrapping", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "setu-md-"));
    writeFileSync(path.join(dir, "a.md"), "पहला वाक्य है।\nदूसरा वाक्य है।\n");
    writeFileSync(path.join(dir, "a.txt"), "पहला वाक्य है।\nदूसरा वाक्य है।\n");
    expect(JSON.parse(setu(["segment", path.join(dir, "a.md"), "--json"]).stdout)).toEqual([["पहला वाक्य है।", "दूसरा वाक्य है।"]]);
    expect(JSON.parse(setu(["segment", path.join(dir, "a.txt"), "--json"]).stdout)).toEqual([["पहला वाक्य है।"], ["दूसरा वाक्य है।"]]);
  });

  it("`setu import` stores the 7 paragraphs and says so", async () => {
    const { code, stdout, stderr } = setu(["import", ARTICLE_FILE, "--title", `समाचार ${Date.now()}`, "--project", "default"]);
    expect(code).toBe(0);
    expect(stderr).toContain("Imported 20 sentences in 7 paragraphs");
    const id = stdout.trim();
    expect(await paragraphsOf(id)).toEqual([3, 3, 3, 3, 3, 2, 3]);
    expect(await loadDocumentSummary(id)).toMatchObject({ sentenceCount: 20, paragraphCount: 7 });
  });

  it("the import route takes the mode from the form; the file's own shape by default", async () => {
    const post = async (mode: string | null) => {
      const form = new FormData();
      form.set("title", `समाचार ${mode}`);
      form.set("file", new File([ARTICLE], "samachar.txt", { type: "text/plain" }));
      if (mode !== null) form.set("paragraphs", mode);
      return call(routes.createDocument, "POST", "/api/documents", { cookie: asTranslator, form });
    };
    const auto = await post(null);
    expect(auto.status).toBe(201);
    expect(auto.body).toMatchObject({ sentenceCount: 20, paragraphCount: 7 });
    expect(await paragraphsOf(auto.body.id as string)).toEqual([3, 3, 3, 3, 3, 2, 3]);
    const blank = await post("blank");
    expect(blank.status).toBe(201);
    expect(await paragraphsOf(blank.body.id as string)).toEqual([20]);
    const documents = await prisma.document.count();
    const bad = await post("every-line");
    expect(bad.status).toBe(400);
    expect(bad.body.error?.details?.reason).toBe("paragraphMode");
    expect(await prisma.document.count()).toBe(documents);
  });
});

describe("the aligner with paragraphs from lines", () => {
  const EN_FILE = path.join(root, "tests/fixtures/english-news-7-lines.txt");
  const align = (hi: string, en: string) => {
    const result = setu(["align", hi, en, "--json"]);
    expect(result.code).toBe(0);
    return (JSON.parse(result.stdout) as { units: { hi: number[]; en: number[]; confidence: number }[] }).units;
  };

  // Sentence index → paragraph, for both sides: 3, 3, 3, 3, 3, 2, 3 sentences.
  const paragraphOf = [3, 3, 3, 3, 3, 2, 3].flatMap((n, p) => Array.from({ length: n }, () => p));
  const crossings = (units: { hi: number[]; en: number[] }[], enParagraph: (i: number) => number) =>
    units.filter((u) => new Set([...u.hi.map((i) => paragraphOf[i]), ...u.en.map(enParagraph)]).size > 1);

  it("aligns the article with every bead inside one paragraph, all 20 sentences paired", () => {
    const units = align(ARTICLE_FILE, EN_FILE);
    expect(crossings(units, (i) => paragraphOf[i])).toEqual([]);
    expect(units.flatMap((u) => u.hi)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(units.flatMap((u) => u.en)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(units.every((u) => u.hi.length > 0 && u.en.length > 0)).toBe(true);
  });

  it("keeps a missing English sentence's gap inside its paragraph", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "setu-align-"));
    const lines = readFileSync(EN_FILE, "utf8").split("\n");
    // Drop "Schools and offices stayed closed." (Hindi sentence 2, the end of paragraph 1).
    lines[0] = lines[0].replace(" Schools and offices stayed closed.", "");
    const en = path.join(dir, "en.txt");
    writeFileSync(en, lines.join("\n"));
    const units = align(ARTICLE_FILE, en);
    const enParagraph = (i: number) => (i < 2 ? 0 : paragraphOf[i + 1]);
    expect(crossings(units, enParagraph)).toEqual([]);
    // Paragraph 2 onwards pairs as before, shifted by the one missing sentence.
    const later = units.filter((u) => u.hi.length > 0 && paragraphOf[u.hi[0]] >= 1);
    expect(later.flatMap((u) => u.en)).toEqual(Array.from({ length: 17 }, (_, i) => i + 2));
  });
});
