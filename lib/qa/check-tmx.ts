/**
 * QA of a TMX file without the database (`setu qa FILE.tmx`): every Hindi–English unit checked as
 * a document's unit would be, and `inconsistent` across the file's units. Units without exactly one
 * Hindi and one English variant are reported with the reason instead of issues.
 */
import { pickHindiEnglish } from "@/lib/tmx/pick-languages";
import type { TmxEvent } from "@/lib/tmx/reader";
import { checkUnit, type QaOptions } from "./check-unit";
import { consistencyKeys, findInconsistencies } from "./inconsistent";
import type { QaIssue } from "./types";

export interface TmxQaResult {
  /** 1-based position of the <tu> in the file. */
  unit: number;
  tuid?: string;
  issues: QaIssue[];
  /** Why the unit was not checked (no Hindi, two English variants, …). */
  skipped?: string;
}

export async function checkTmx(events: AsyncIterable<TmxEvent>, options: QaOptions = {}): Promise<TmxQaResult[]> {
  let srcLang = "hi";
  const results: TmxQaResult[] = [];
  const keyed: (ReturnType<typeof consistencyKeys> & { id: number; label: string | number })[] = [];
  for await (const event of events) {
    if (event.kind === "header") {
      srcLang = event.header.srcLang;
      continue;
    }
    const position = results.length + 1;
    const tuid = event.unit.tuid;
    const picked = pickHindiEnglish(srcLang, event.unit.variants);
    if ("skip" in picked) {
      results.push({ unit: position, ...(tuid ? { tuid } : {}), issues: [], skipped: picked.skip });
      continue;
    }
    results.push({
      unit: position,
      ...(tuid ? { tuid } : {}),
      issues: checkUnit({ hindi: [picked.hindi], english: picked.english }, options),
    });
    keyed.push({ id: position - 1, label: tuid ?? position, ...consistencyKeys(picked.hindi, picked.english) });
  }
  for (const [index, issues] of findInconsistencies(keyed)) results[index].issues.push(...issues);
  return results;
}
