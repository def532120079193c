import { beforeAll, describe, expect, it } from "vitest";
import { forgetKeyFrequency, loadMemoryMatches } from "@/features/tm/data";
import { importMemoryTmx } from "@/features/tm/mutations";
import { seededRandom } from "@/lib/random";
import { prisma } from "@/lib/server/prisma";
import { compareMatches, type TmCandidate } from "@/lib/tm/rank";
import { fuzzyScore } from "@/lib/tm/score";
import { normaliseTmSource, tokenizeTm } from "@/lib/tm/tokenize";
import { tmxFooter, tmxHeader, tmxUnit } from "@/lib/tmx/writer";

/*
 * The re-ranking skips candidates by an upper bound of their score (lib/tm/bound.ts) and the
 * analysis skips fuzzy retrieval when exact matches fill the answer. Neither may change an answer:
 * every lookup here is checked against the exact score of every entry of the project, sorted as
 * the ranking sorts. Each group's sentences use words of their own (no word is shared across
 * groups), so the index's pairs return the whole group and nothing else (fewer than the 40 rows a
 * pair may return): the only way to miss the true best is to prune it.
 */
const GROUPS = 8;
const VARIANTS = 18;
const rnd = seededRandom(29);
const CONSONANTS = [..."कखगचजटडतदनपबमयरलवसह"];
const MATRAS = ["", "ा", "ि", "ी", "ु", "े", "ो"];
const word = () =>
  Array.from(
    { length: 2 + Math.floor(rnd() * 2) },
    () => CONSONANTS[Math.floor(rnd() * CONSONANTS.length)] + MATRAS[Math.floor(rnd() * MATRAS.length)],
  ).join("");

/** One group: its own 30 words, a base sentence of 12–16 of them, and variants with 1–3 words replaced, dropped or a number added. */
function group() {
  const words = Array.from({ length: 30 }, word);
  const pick = () => words[Math.floor(rnd() * words.length)];
  const base = Array.from({ length: 12 + Math.floor(rnd() * 5) }, pick);
  const vary = (edits: number) => {
    const w = [...base];
    for (let e = 0; e < edits; e++) {
      const k = Math.floor(rnd() * w.length);
      const r = rnd();
      if (r < 0.6) w[k] = pick();
      else if (r < 0.8) w.splice(k, 1);
      else w.splice(k, 0, String(Math.floor(rnd() * 1000)));
    }
    return `${w.join(" ")}।`;
  };
  return { base: `${base.join(" ")}।`, vary };
}

let projectId: string;
let entries: (TmCandidate & { tokens: ReturnType<typeof tokenizeTm> })[];
const queries: string[] = [];

beforeAll(async () => {
  forgetKeyFrequency();
  projectId = (await prisma.project.create({ data: { name: `tm-pruning ${Date.now()} ${Math.random()}` } })).id;
  const units: { source: string; target: string; status: string }[] = [];
  for (let g = 0; g < GROUPS; g++) {
    const { base, vary } = group();
    for (let v = 0; v < VARIANTS; v++) {
      const source = v === 0 ? base : vary(1 + (v % 3));
      units.push({ source, target: `group ${g} variant ${v}.`, status: rnd() < 0.3 ? "approved" : "translated" });
      // Ties: the same source with another English, the other status — the ranking's tie-breaks decide.
      if (v % 6 === 1) units.push({ source, target: `group ${g} variant ${v} again.`, status: rnd() < 0.5 ? "approved" : "translated" });
    }
    queries.push(base, vary(1), vary(2), vary(3), vary(3));
  }
  const date = new Date("2026-01-01T00:00:00Z");
  const tmx = [
    tmxHeader({ toolVersion: "test", srcLang: "hi-IN", creationDate: date }),
    ...units.map((u, i) =>
      tmxUnit({
        tuid: String(i + 1),
        srcLang: "hi-IN",
        tgtLang: "en-US",
        source: u.source,
        target: u.target,
        creationDate: date,
        changeDate: date,
        props: [["x-setu-status", u.status]],
      }),
    ),
    tmxFooter(),
  ].join("");
  await importMemoryTmx(new TextEncoder().encode(tmx), { projectId, fileName: "pruning.tmx", maxBytes: 10_000_000 });
  const rows = await prisma.tmEntry.findMany({ where: { projectId }, orderBy: { id: "asc" } });
  // Distinct update times, so that the date decides some ties and the id others.
  for (const [i, r] of rows.entries()) {
    if (i % 3 === 0) await prisma.tmEntry.update({ where: { id: r.id }, data: { updatedAt: new Date(Date.UTC(2026, 0, 1 + (i % 5))) } });
  }
  entries = (await prisma.tmEntry.findMany({ where: { projectId } })).map((r) => ({
    id: r.id,
    source: r.source,
    target: r.target,
    sourceNorm: r.sourceNorm,
    status: r.status,
    prev: null,
    next: null,
    updatedAt: r.updatedAt,
    tokens: tokenizeTm(r.source),
  }));
});

/** The answer by brute force: every entry of the project scored exactly, sorted as the ranking sorts. */
function truth(text: string, opts: { limit: number; min: number }) {
  const tokens = tokenizeTm(text);
  const norm = normaliseTmSource(text);
  return entries
    .map((c) => ({ candidate: c, score: fuzzyScore(tokens, c.tokens, c.sourceNorm === norm) }))
    .filter((m) => m.score >= opts.min)
    .map((m) => ({ ...m, english: "", substitution: { substituted: false as const, english: "" } }))
    .sort(compareMatches)
    .slice(0, opts.limit)
    .map((m) => [m.candidate.id, m.score]);
}

describe("lookups with pruning are the brute-force answer", () => {
  for (const opts of [
    { limit: 1, min: 50 },
    { limit: 3, min: 50 },
    { limit: 5, min: 0 },
  ]) {
    it(`limit ${opts.limit}, min ${opts.min}: every query's matches, in order, with their scores`, async () => {
      const found = await loadMemoryMatches(
        projectId,
        queries.map((text) => ({ text })),
        opts,
      );
      const answers = found.map((ms) => ms.map((m) => [m.candidate.id, m.score]));
      expect(answers).toEqual(queries.map((q) => truth(q, opts)));
      // The set is not trivial: exact, fuzzy and tied answers are all in it.
      expect(answers.some((a) => a[0]?.[1] === 100)).toBe(true);
      expect(answers.some((a) => (a[0]?.[1] ?? 0) < 100 && (a[0]?.[1] ?? 0) >= 75)).toBe(true);
    });
  }

  it("each of 40 queries asked alone gets what the batch got (the editor's and the CLI's lookups)", async () => {
    const batch = await loadMemoryMatches(
      projectId,
      queries.map((text) => ({ text })),
      { limit: 3, min: 50 },
    );
    for (const [i, text] of queries.entries()) {
      const [alone] = await loadMemoryMatches(projectId, [{ text }], { limit: 3, min: 50 });
      expect(alone.map((m) => [m.candidate.id, m.score, m.english])).toEqual(batch[i].map((m) => [m.candidate.id, m.score, m.english]));
    }
  });
});
