/**
 * The independent readers the tests hold Setu's files up to: libxml2's xmllint against the OASIS
 * schemas, translate-toolkit (Debian python3-translate) for XLIFF 1.2 and python-docx (Debian
 * python3-docx) for DOCX. They are Debian's Python packages, so they run under Debian's python3, not
 * whatever python3 comes first on the PATH. `npm test` and .ci/run install them; a missing one fails
 * the test with the package to install rather than skipping it.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const fixtures = path.resolve(__dirname, "../fixtures/xliff");
export const XLIFF12_SCHEMA = path.join(fixtures, "xliff-core-1.2-strict.xsd");
export const XLIFF20_SCHEMA = path.join(fixtures, "xliff-core-2.0.xsd");
const DEBIAN_PYTHON = "/usr/bin/python3";

/** Validates against an XSD with the native xmllint, offline (a catalog maps the W3C xml.xsd import). */
export function validateWithXsd(xml: string, schema: string): { ok: boolean; errors: string } {
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, "-"], {
    input: xml,
    env: { ...process.env, XML_CATALOG_FILES: path.join(fixtures, "catalog.xml") },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`xmllint is not installed (apt-get install libxml2-utils): ${run.error.message}`);
  return { ok: run.status === 0, errors: run.stderr.toString().replace(/^- validates\n?$/m, "") };
}

function python(script: string, input: Uint8Array | string, pkg: string): string {
  const run = spawnSync(DEBIAN_PYTHON, ["-c", script], { input, maxBuffer: 256 * 1024 * 1024 });
  if (run.error || (run.status !== 0 && /ModuleNotFoundError/.test(run.stderr.toString()))) {
    throw new Error(`${pkg} is not installed for ${DEBIAN_PYTHON} (apt-get install ${pkg}): ${run.error?.message ?? run.stderr}`);
  }
  if (run.status !== 0) throw new Error(`python failed: ${run.stderr.toString()}`);
  return run.stdout.toString();
}

export interface ToolkitUnit {
  id: string;
  source: string;
  target: string | null;
  approved: boolean;
  state: string | null;
  notes: string;
}

/** Parses an XLIFF 1.2 file with translate-toolkit's translate.storage.xliff and lists its units. */
export function readWithTranslateToolkit(xml: string): ToolkitUnit[] {
  const script = `
import sys, json
from translate.storage import xliff
store = xliff.xlifffile.parsestring(sys.stdin.buffer.read())
units = []
for u in store.getunits():
    if u.isheader():
        continue
    target = u.xmlelement.find(u.namespaced("target"))
    units.append({"id": u.xmlelement.get("id"), "source": u.source, "target": u.target if target is not None else None,
                  "approved": u.isapproved(), "state": target.get("state") if target is not None else None,
                  "notes": u.getnotes()})
print(json.dumps(units, ensure_ascii=False))
`;
  return JSON.parse(python(script, xml, "python3-translate"));
}

export interface DocxParagraph {
  style: string;
  text: string;
  /** Bold and italic of the first run, for formatting checks. */
  bold: boolean | null;
  italic: boolean | null;
}

/** Reads a DOCX with python-docx: the body's paragraphs (then each table's cells' paragraphs) in order. */
export function readWithPythonDocx(bytes: Uint8Array): { paragraphs: DocxParagraph[]; tables: string[][][] } {
  const script = `
import sys, io, json, docx
d = docx.Document(io.BytesIO(sys.stdin.buffer.read()))
def para(p):
    r = p.runs[0] if p.runs else None
    return {"style": p.style.name if p.style is not None else "", "text": p.text,
            "bold": r.bold if r is not None else None, "italic": r.italic if r is not None else None}
out = {"paragraphs": [para(p) for p in d.paragraphs],
       "tables": [[[c.text for c in row.cells] for row in t.rows] for t in d.tables]}
print(json.dumps(out, ensure_ascii=False))
`;
  return JSON.parse(python(script, bytes, "python3-docx"));
}

/**
 * A .docx written by python-docx on its default template (which Word made): paragraphs as
 * [style, runs] with runs as [text, bold], and tables as rows of cell texts, in order.
 */
export function writeWithPythonDocx(blocks: ({ style: string; runs: [string, boolean][] } | { table: string[][] })[]): Uint8Array {
  const script = `
import sys, io, json, docx
blocks = json.loads(sys.stdin.read())
d = docx.Document()
for b in blocks:
    if "table" in b:
        t = d.add_table(rows=len(b["table"]), cols=len(b["table"][0]))
        for r, row in enumerate(b["table"]):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
    else:
        p = d.add_paragraph(style=b["style"])
        for text, bold in b["runs"]:
            p.add_run(text).bold = bold
out = io.BytesIO()
d.save(out)
sys.stdout.buffer.write(out.getvalue())
`;
  const run = spawnSync(DEBIAN_PYTHON, ["-c", script], { input: JSON.stringify(blocks), maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`python-docx could not write the fixture (apt-get install python3-docx): ${run.stderr}`);
  return new Uint8Array(run.stdout);
}
