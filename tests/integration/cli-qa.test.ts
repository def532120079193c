import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { saveUnit } from "@/features/editor/mutations";
import { ignoreQaIssue } from "@/features/qa/mutations";
import { makeDocument, makeUser } from "../support/fixtures";
import { tmxWithStatus } from "../support/routes";

const root = path.resolve(import.meta.dirname, "../..");

function setu(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, "cli/setu.mjs"), ...args], { encoding: "utf8", env: process.env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));

describe("setu qa", () => {
  it("checks a TMX file without the database: one JSON line per unit", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "setu-qa-"));
    const file = path.join(dir, "in.tmx");
    writeFileSync(
      file,
      tmxWithStatus([
        { hindi: "२,००,००० सैनिक आए।", english: "20,000 troops came.", status: "translated" },
        { hindi: "वह आया।", english: "He came.", status: "translated" },
      ]),
    );
    const { code, stdout } = setu(["qa", file, "--json", "--fail-on-errors"]);
    expect(code).toBe(6);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      unit: 1,
      issues: [
        expect.objectContaining({ check: "number", severity: "error", code: "numberMismatch", message: expect.stringContaining("20,000") }),
      ],
    });
    expect(lines[1]).toEqual({ unit: 2, issues: [] });
    const hindi = setu(["qa", file, "--json", "--locale", "hi"]);
    expect(hindi.code).toBe(0);
    expect(jsonLines(hindi.stdout)[0].issues[0].message).toMatch(/[\u0900-\u097F]{3}/);
  });

  it("reads a document's stored issues, leaving ignored ones out unless asked", async () => {
    const reviewer = await makeUser("reviewer", "cli-qa");
    const { id, unitIds } = await makeDocument(["वह आया।", "2 लाख लोग आए।"]);
    await saveUnit(unitIds[0], { english: "He  came.", version: 1, markTranslated: true }, reviewer);
    const saved = await saveUnit(unitIds[1], { english: "200,000 people came.", version: 1, markTranslated: true }, reviewer);
    await ignoreQaIssue(unitIds[0], { key: "spacingDouble", version: 2, reason: "fine" }, reviewer);
    expect(saved.qa).toEqual([]);
    const plain = setu(["qa", id, "--json"]);
    expect(plain.code).toBe(0);
    expect(jsonLines(plain.stdout)).toEqual([
      { unit: 1, issues: [] },
      { unit: 2, issues: [] },
    ]);
    const withIgnored = jsonLines(setu(["qa", id, "--json", "--ignored"]).stdout);
    expect(withIgnored[0].issues).toEqual([
      expect.objectContaining({ check: "spacing", ignored: "fine", message: "Doubled space in the English." }),
    ]);
  });

  it.each([
    [["qa"], 2, /needs one FILE.tmx or document id/],
    [["qa", "nope.tmx"], 3, /no such file/],
    [["qa", "no-such-document"], 3, /No document with id/],
    [["qa", "x", "--locale", "fr"], 2, /--locale must be en or hi/],
  ])("refuses %j with one line on stderr", (args, exitCode, message) => {
    const { code, stderr } = setu(args);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(code).toBe(exitCode);
  });
});
