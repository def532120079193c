/**
 * The whole-document QA pass, fed one unit at a time in document order (a caller can read the
 * document in chunks and check one while the next is read): every unit-level check, the units'
 * consistency keys, and `inconsistent` over all of them at the end. The issues are kept as the
 * parallel arrays the set-based writes take, never as an object per issue row: a 100,000-unit
 * document held 300,000 such objects alive until its write, and the collector paid for each.
 */
import { checkUnit, type QaOptions } from "./check-unit";
import { consistencyKeys, findInconsistencies, type KeyedUnit } from "./inconsistent";
import type { QaIssue } from "./types";

/** Issue rows as parallel arrays (params as JSON text), for unnest. */
export interface IssueColumns {
  unitIds: number[];
  keys: string[];
  checks: string[];
  codes: string[];
  severities: string[];
  params: string[];
  fixes: (string | null)[];
}

export function emptyIssueColumns(): IssueColumns {
  return { unitIds: [], keys: [], checks: [], codes: [], severities: [], params: [], fixes: [] };
}

export function pushIssue(columns: IssueColumns, unitId: number, issue: QaIssue): void {
  columns.unitIds.push(unitId);
  columns.keys.push(issue.key);
  columns.checks.push(issue.check);
  columns.codes.push(issue.code);
  columns.severities.push(issue.severity);
  columns.params.push(JSON.stringify(issue.params));
  columns.fixes.push(issue.fix ?? null);
}

/** Rows from..to of the columns (a write batch). */
export function sliceIssueColumns(columns: IssueColumns, from: number, to: number): IssueColumns {
  return {
    unitIds: columns.unitIds.slice(from, to),
    keys: columns.keys.slice(from, to),
    checks: columns.checks.slice(from, to),
    codes: columns.codes.slice(from, to),
    severities: columns.severities.slice(from, to),
    params: columns.params.slice(from, to),
    fixes: columns.fixes.slice(from, to),
  };
}

export class DocumentQaPass {
  readonly issues: IssueColumns = emptyIssueColumns();
  /** The units' consistency keys in document order (id and label the unit id). */
  readonly keys: KeyedUnit<number>[] = [];
  // One input object for every unit: checkUnit keeps nothing of it.
  private readonly input: { hindi: string[]; english: string } = { hindi: [], english: "" };

  constructor(private readonly options: QaOptions) {}

  /** Checks one unit (units must come in document order); returns its consistency keys. */
  add(id: number, hindi: string[], english: string): KeyedUnit<number> {
    this.input.hindi = hindi;
    this.input.english = english;
    for (const issue of checkUnit(this.input, this.options)) pushIssue(this.issues, id, issue);
    const { hindiKey, englishKey, reversible } = consistencyKeys(hindi.join(" "), english);
    const keyed = { id, label: id, hindiKey, englishKey, reversible };
    this.keys.push(keyed);
    return keyed;
  }

  /** Adds `inconsistent` (after every unit's own issues, in the order findInconsistencies gives). */
  finish(): IssueColumns {
    for (const [unitId, found] of findInconsistencies(this.keys)) for (const issue of found) pushIssue(this.issues, unitId, issue);
    return this.issues;
  }
}

/**
 * The Hindi of units from a document's sentences sorted by position (no two with one position),
 * without a Map of every sentence: units come in document order, so a cursor walks the sentences
 * once. A unit's text is the sentences at positions first..last that exist, in order; a unit that
 * starts before the cursor (ranges should never overlap, but the answer must not depend on it)
 * searches back.
 */
export class SentenceCursor {
  private at = 0;

  constructor(
    private readonly positions: readonly number[],
    private readonly texts: readonly string[],
  ) {}

  hindi(first: number, last: number): string[] {
    const { positions, texts } = this;
    let j = this.at;
    if (j > 0 && positions[j - 1] >= first) j = lowerBound(positions, first);
    while (j < positions.length && positions[j] < first) j++;
    const out: string[] = [];
    while (j < positions.length && positions[j] <= last) out.push(texts[j++]);
    this.at = j;
    return out;
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
