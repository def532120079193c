import "server-only";
import { storeSegments } from "@/features/documents/mutations";
import { AppError } from "@/lib/errors";
import { normaliseText } from "@/lib/text/normalise";
import { countWords } from "@/lib/text/prepare";
import { type Segment, segmentHindi } from "@/lib/text/segment";
import { decodeXmlChunks } from "@/lib/tmx/decode-chunks";
import { pickHindiEnglish } from "@/lib/tmx/pick-languages";
import { readTmx } from "@/lib/tmx/reader";
import { type TmxImportReport, type UnitStatusValue, unitStatuses } from "./schema";

const DEVANAGARI = /[\u0900-\u097F\uA8E0-\uA8FF]/;

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

/**
 * Creates a document from a TMX file: each accepted <tu> becomes one unit (its Hindi may hold several
 * sentences), all in memory first and then written in one transaction, so a malformed file, an unsafe
 * one or a database failure leaves nothing behind.
 */
export async function importTmx(
  bytes: AsyncIterable<Uint8Array> | Uint8Array,
  input: { title: string; userId: string | null; maxBytes: number },
): Promise<TmxImportReport> {
  if (bytes instanceof Uint8Array && bytes.length > input.maxBytes) {
    throw new AppError("TOO_LARGE", `The TMX file is ${bytes.length} bytes; the limit is ${input.maxBytes} bytes.`, {
      maxBytes: input.maxBytes,
    });
  }
  const source = bytes instanceof Uint8Array ? once(bytes) : bytes;
  const segments: Segment[] = [];
  const units: { first: number; last: number; english: string; status: UnitStatusValue }[] = [];
  const skipped: Record<string, number> = {};
  const extraLanguages = new Set<string>();
  let srcLang = "";
  let read = 0;
  let wordCount = 0;
  let hasDevanagari = false;
  const skip = (reason: string) => (skipped[reason] = (skipped[reason] ?? 0) + 1);

  for await (const event of readTmx(decodeXmlChunks(source), { maxBytes: input.maxBytes })) {
    if (event.kind === "header") {
      srcLang = event.header.srcLang;
      continue;
    }
    read++;
    const pick = pickHindiEnglish(srcLang, event.unit.variants);
    if ("skip" in pick) {
      skip(pick.skip);
      continue;
    }
    for (const lang of pick.extraLanguages) extraLanguages.add(lang);
    const english = normaliseText(pick.english);
    // The tu is one unit whatever segmentation finds inside it; its sentences share a paragraph.
    const sentences = segmentHindi(pick.hindi);
    if (sentences.length === 0 || !english) {
      skip("empty-text");
      continue;
    }
    const paragraph = units.length;
    const first = segments.length;
    for (const s of sentences) {
      segments.push({ text: s.text, kind: s.kind, paragraph });
      wordCount += countWords(s.text);
      if (!hasDevanagari && DEVANAGARI.test(s.text)) hasDevanagari = true;
    }
    const declared = event.unit.props["x-setu-status"];
    const status = (unitStatuses as readonly string[]).includes(declared) ? (declared as UnitStatusValue) : "translated";
    units.push({ first, last: segments.length - 1, english, status });
  }

  if (units.length === 0) {
    const reasons = Object.entries(skipped)
      .map(([reason, n]) => `${reason}: ${n}`)
      .join(", ");
    throw new AppError(
      "BAD_INPUT",
      read === 0
        ? "The TMX file contains no translation units."
        : `None of the ${read} translation units has both a Hindi and an English variant (${reasons}).`,
      { reason: "noHindiEnglish", read, skipped },
    );
  }

  const result = await storeSegments({
    title: input.title,
    segments,
    wordCount,
    hasDevanagari,
    userId: input.userId,
    englishByUnit: units,
  });
  return { id: result.id, units: units.length, read, skipped, extraLanguages: [...extraLanguages].sort() };
}
