import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/prisma";
import { readTmx } from "@/lib/tmx/reader";
import { memoryTmx } from "../support/tmx";

const root = path.resolve(import.meta.dirname, "../..");
const dtd = path.join(root, "tests/fixtures/tmx14.dtd");
const dir = mkdtempSync(path.join(tmpdir(), "setu-tm-cli-"));

function setu(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [path.join(root, "cli/setu.mjs"), ...args], { encoding: "utf8", input, env: process.env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

function tmx(pairs: [string, string, string?][], langs: [string, string] = ["hi-IN", "en-US"]): string {
  return memoryTmx(pairs, { langs, statusProp: "status" });
}

const S1 = "सरकार ने 500 करोड़ रुपये की नई योजना घोषित की।";
const S2 = "प्रधानमंत्री ने आज दिल्ली में किसानों से बात की।";
const S3 = "बैठक में विपक्ष के नेता भी मौजूद थे।";

let project: { id: string; name: string };
const count = () => prisma.tmEntry.count({ where: { projectId: project.id } });

beforeAll(async () => {
  project = await prisma.project.create({ data: { name: `tm-cli ${Date.now()}` } });
});

describe("setu tm import", () => {
  it("refuses a file with the wrong language pair, naming the languages it found, and stores nothing", async () => {
    const p = file("hi-fr.tmx", tmx([[S1, "Le gouvernement a annoncé."]], ["hi-IN", "fr-FR"]));
    const { code, stderr } = setu(["tm", "import", p, "--project", project.name]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no Hindi–English pair: it has fr-FR, hi-IN/);
    expect(await count()).toBe(0);
  });

  it("refuses a hostile file (an external entity) and a file broken after good units, storing nothing", async () => {
    const xxe = file(
      "xxe.tmx",
      `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>${tmx([[S1, "&x;"]]).replace(/^<\?xml[^>]*>/, "")}`,
    );
    const hostile = setu(["tm", "import", xxe, "--project", project.name]);
    expect(hostile.code).toBe(2);
    expect(hostile.stderr).not.toContain("root:");
    const broken = file(
      "broken.tmx",
      tmx([
        [S1, "One."],
        [S2, "Two."],
      ]).replace("</body>", "<tu><tuv xml:lang='hi'><seg>x</tuv></body>"),
    );
    const truncated = setu(["tm", "import", broken, "--project", project.name]);
    expect(truncated.code).toBe(2);
    expect(await count()).toBe(0);
  });

  it("refuses an unknown project, listing the projects", () => {
    const p = file("one.tmx", tmx([[S1, "One."]]));
    const { code, stderr } = setu(["tm", "import", p, "--project", "no such project"]);
    expect(code).toBe(3);
    expect(stderr).toContain(project.name);
  });

  it("imports pairs, merging duplicates (also spelling variants of the same Hindi) and reporting skipped units", async () => {
    const p = file(
      "good.tmx",
      tmx([
        [S1, "The government announced a new Rs 500 crore scheme."],
        [S1.replace("500", "५००"), "The government announced a new Rs 500 crore scheme.", "approved"],
        [S2, "The PM spoke to farmers in Delhi today."],
        [S3, "Opposition leaders were also at the meeting."],
        ["   ", "Empty Hindi."],
      ]),
    );
    const { code, stderr, stdout } = setu(["tm", "import", p, "--project", project.name]);
    expect(stderr).toContain("3 new, 1 merged, from 5 translation units");
    expect(stderr).toMatch(/skipped \(empty-text\): 1/);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const rows = await prisma.tmEntry.findMany({ where: { projectId: project.id }, orderBy: { source: "asc" } });
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.target.includes("500 crore"))?.status).toBe("approved");
    expect(rows.every((r) => r.originFile === "good.tmx")).toBe(true);
    // The same file again merges everything.
    const again = setu(["tm", "import", p, "--project", project.name]);
    expect(again.stderr).toContain("0 new, 4 merged");
    expect(await count()).toBe(3);
  });

  it("leaves nothing behind when killed in the middle of a large import", async () => {
    const other = await prisma.project.create({ data: { name: `tm-kill ${Date.now()}` } });
    const pairs: [string, string][] = Array.from({ length: 60_000 }, (_, i) => [
      `${S2.slice(0, -1)} क्रम ${i} वाला वाक्य।`,
      `Sentence ${i}.`,
    ]);
    const p = file("large.tmx", tmx(pairs));
    // Hold a SHARE lock on tm_entry so that the import, once it has staged every row, waits on its INSERT INTO tm_entry
    // and cannot commit: the kill then lands inside the open transaction for certain (polling for the staging INSERT and
    // killing a moment later raced the commit on a fast machine).
    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query("LOCK TABLE tm_entry IN SHARE MODE");
      const child = spawn(process.execPath, [path.join(root, "cli/setu.mjs"), "tm", "import", p, "--project", other.name], {
        env: process.env,
      });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
      let waiting = false;
      for (let i = 0; i < 1200 && !waiting; i++) {
        const open = await prisma.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'
            AND query ILIKE '%INSERT INTO tm_entry%' AND query ILIKE '%tm_import%' AND pid <> pg_backend_pid()`;
        waiting = open[0].n > 0;
        if (!waiting) await new Promise((r) => setTimeout(r, 50));
      }
      child.kill("SIGKILL");
      // Killed while its transaction was open and blocked, or the test proves nothing.
      expect(waiting).toBe(true);
      expect(await exited).toBe("SIGKILL");
    } finally {
      await blocker.query("ROLLBACK");
      await blocker.end();
    }
    // The server notices the dropped connection and rolls the transaction back.
    for (let i = 0; i < 100; i++) {
      const open = await prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE '%tm_import%' AND pid <> pg_backend_pid()`;
      if (open[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await prisma.tmEntry.count({ where: { projectId: other.id } })).toBe(0);
  });
});

describe("setu tm export, lookup and analyse", () => {
  it("exports the memory as TMX 1.4 that is valid by the DTD and reads back", async () => {
    const out = path.join(dir, "memory.tmx");
    const { code, stderr } = setu(["tm", "export", "--project", project.name, "--out", out]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const xml = (await import("node:fs")).readFileSync(out, "utf8");
    const lint = spawnSync("xmllint", ["--noout", "--nonet", "--dtdvalid", dtd, out], { encoding: "utf8" });
    expect(lint.stderr).toBe("");
    expect(lint.status).toBe(0);
    const units = [];
    for await (const e of readTmx(
      (async function* () {
        yield xml;
      })(),
    ))
      if (e.kind === "unit") units.push(e.unit);
    expect(units).toHaveLength(3);
    expect(units.map((u) => u.props["x-setu-status"]).sort()).toEqual(["approved", "translated", "translated"]);
  });

  it("looks up each input line and prints one JSON line per line, with the number replaced", () => {
    const input = [S1.replace("500", "700"), "आज मौसम साफ रहेगा।", S3].join("\n");
    const { code, stdout, stderr } = setu(["tm", "lookup", "-", "--project", project.name, "--json", "--limit", "2"], input);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3]);
    expect(lines[0].matches[0]).toMatchObject({
      english: "The government announced a new Rs 700 crore scheme.",
      status: "approved",
      origin: "good.tmx",
    });
    expect(lines[0].matches[0].score).toBeGreaterThanOrEqual(95);
    expect(lines[1].matches).toEqual([]);
    expect(lines[2].matches[0]).toMatchObject({ score: 100, hindi: S3 });
  });

  it("refuses a bad --min", () => {
    const { code, stderr } = setu(["tm", "lookup", "-", "--project", project.name, "--min", "abc"], "x");
    expect(code).toBe(2);
    expect(stderr).toMatch(/--min must be a whole number/);
  });

  it("analyses a Hindi file into bands with word counts", () => {
    const p = file("doc.txt", [S3, S1.replace("500", "900"), S3, "आज मौसम साफ रहेगा।"].join(" "));
    const { code, stdout, stderr } = setu(["analyse", p, "--project", project.name, "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const { bands, total } = JSON.parse(stdout);
    const by = Object.fromEntries(bands.map((b: { band: string; units: number; words: number }) => [b.band, b.units]));
    expect(by).toMatchObject({ exact: 1, fuzzy95: 1, repetition: 1, new: 1 });
    expect(total.units).toBe(4);
    expect(total.words).toBe(bands.reduce((s: number, b: { words: number }) => s + b.words, 0));
  });
});
