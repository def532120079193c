/**
 * The received and delivered formats against the plain-text paths, at the same size: importing a
 * DOCX and an XLIFF of n sentences vs importDocument of the same Hindi text, and exporting the
 * document as DOCX (into the original) and XLIFF 1.2 vs the aligned-text export of it.
 */
import { zipSync } from "fflate";
import { connect } from "../db";
import { measureRuns } from "../measure";
import { row } from "../result";
import { hindiDocument, syntheticSentences } from "../synthetic";
import type { ScenarioContext, ScenarioResult } from "../types";

/** The project the projects migration creates (bench databases are migrated like any other). */
const PROJECT = "default";

const IMPORT_TARGET = 3;
const EXPORT_TARGET = 3;
const MAX_BYTES = 512 * 1024 * 1024;

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function docxOf(paragraphs: string[]): Uint8Array {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escapeText(p)}</w:t></w:r></w:p>`)
    .join("");
  const enc = (s: string) => new TextEncoder().encode(s);
  return zipSync({
    "[Content_Types].xml": enc(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    "word/document.xml": enc(`<?xml version="1.0" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  });
}

async function xliffOf(paragraphs: { hindi: string; english: string }[][]): Promise<string> {
  const { xliffFooter, xliffGroupClose, xliffGroupOpen, xliffHeader, xliffUnit } = await import("@/lib/xliff/writer");
  let out = xliffHeader("1.2", { original: "bench", srcLang: "hi-IN", tgtLang: "en-US", toolVersion: "bench" });
  let n = 0;
  paragraphs.forEach((sentences, p) => {
    out += xliffGroupOpen("1.2", `p${p}`, "sentence");
    for (const s of sentences) out += xliffUnit("1.2", { id: `u${++n}`, sentences: [s.hindi], english: s.english, status: "translated" });
    out += xliffGroupClose();
  });
  return out + xliffFooter("1.2");
}

export async function run(ctx: ScenarioContext): Promise<ScenarioResult[]> {
  const { importDocument } = await import("@/features/documents/mutations");
  const { importFile } = await import("@/features/exchange/mutations");
  const { exportDocx, streamExport, streamXliff } = await import("@/features/exchange/data");
  const n = ctx.sentences;
  const sentences = syntheticSentences(n);
  const text = hindiDocument(sentences);
  const paragraphTexts = text.split("\n\n").filter((p) => p.trim());
  // The same sentences, grouped as the text's paragraphs, for the XLIFF.
  const grouped: { hindi: string; english: string }[][] = [];
  let k = 0;
  for (const p of paragraphTexts) {
    const count = p.split("। ").length;
    grouped.push(sentences.slice(k, k + count));
    k += count;
  }
  const docx = docxOf(paragraphTexts);
  const xliff = new TextEncoder().encode(await xliffOf(grouped));
  ctx.log(
    `formats: ${n} sentences, ${paragraphTexts.length} paragraphs; DOCX ${(docx.length / 1e6).toFixed(1)} MB, XLIFF ${(xliff.length / 1e6).toFixed(1)} MB`,
  );

  const client = await connect(ctx.databaseUrl);
  const cleanUp = async () => {
    await client.query("DELETE FROM document WHERE title LIKE 'bench-formats%'");
    await client.query("VACUUM ANALYZE sentence");
    await client.query("VACUUM ANALYZE unit");
  };
  try {
    const imports: Record<string, { ms: number; peakMb: number; growthMb: number; units: number }> = {};
    const measureImport = async (label: string, fn: () => Promise<number>) => {
      let units = 0;
      const m = await measureRuns(
        ctx.runs,
        async () => {
          units = await fn();
        },
        cleanUp,
      );
      imports[label] = { ms: m.ms, peakMb: m.peakMb, growthMb: m.growthMb, units };
      ctx.log(`formats: import ${label} → ${units} units, ${m.all.map((t) => t.toFixed(0)).join("/")} ms`);
    };
    await measureImport(
      "text",
      async () => (await importDocument({ projectId: PROJECT, title: "bench-formats-text", text, userId: null })).sentenceCount,
    );
    const file = (name: string, bytes: Uint8Array) =>
      importFile({ name, bytes }, { projectId: PROJECT, title: "bench-formats-file", userId: null, role: "admin", maxBytes: MAX_BYTES });
    await measureImport("docx", async () => (await file("bench.docx", docx)).units);
    await measureImport("xliff", async () => (await file("bench.xlf", xliff)).units);

    // One translated DOCX-born document for the exports.
    await cleanUp();
    const { id } = await file("bench.docx", docx);
    await client.query(
      "UPDATE unit SET english = 'The rendering of sentence ' || first_sentence || '.', status = 'approved' WHERE document_id = $1",
      [id],
    );
    const drain = async (chunks: AsyncIterable<string>) => {
      let size = 0;
      for await (const c of chunks) size += c.length;
      return size;
    };
    const exports: Record<string, { ms: number; peakMb: number; growthMb: number; size: number }> = {};
    const measureExport = async (label: string, fn: () => Promise<number>) => {
      let size = 0;
      const m = await measureRuns(ctx.runs, async () => {
        size = await fn();
      });
      exports[label] = { ms: m.ms, peakMb: m.peakMb, growthMb: m.growthMb, size };
      ctx.log(`formats: export ${label} → ${(size / 1e6).toFixed(1)} M, ${m.all.map((t) => t.toFixed(0)).join("/")} ms`);
    };
    await measureExport("txt", () =>
      drain(streamExport({ documentIds: [id], format: "txt", status: "approved", notes: false, bareLangs: false })),
    );
    await measureExport("docx", async () => (await exportDocx({ documentId: id, status: "approved" })).length);
    await measureExport("xliff", () => drain(streamXliff({ documentId: id, version: "1.2", status: "approved", notes: false })));
    await cleanUp();

    const importRow = (label: "docx" | "xliff") =>
      row({
        scenario: `import ${label.toUpperCase()} (importFile)`,
        size: imports[label].units,
        unit: "sentences",
        timeMs: imports[label].ms,
        peakRssMb: imports[label].peakMb,
        rssGrowthMb: imports[label].growthMb,
        baselineMs: imports.text.ms,
        target: `≤ ${IMPORT_TARGET}× plain-text import`,
        pass: imports[label].ms / imports.text.ms <= IMPORT_TARGET,
        metrics: { fileMb: Number(((label === "docx" ? docx : xliff).length / 1e6).toFixed(1)) },
      });
    const exportRow = (label: "docx" | "xliff") =>
      row({
        scenario: `export ${label.toUpperCase()} (${label === "docx" ? "into the original" : "1.2, streamed"})`,
        size: n,
        unit: "sentences",
        timeMs: exports[label].ms,
        peakRssMb: exports[label].peakMb,
        rssGrowthMb: exports[label].growthMb,
        baselineMs: exports.txt.ms,
        target: `≤ ${EXPORT_TARGET}× aligned-text export`,
        pass: exports[label].ms / exports.txt.ms <= EXPORT_TARGET,
        metrics: { outputM: Number((exports[label].size / 1e6).toFixed(1)) },
      });
    return [importRow("docx"), importRow("xliff"), exportRow("docx"), exportRow("xliff")];
  } finally {
    await client.end();
  }
}
