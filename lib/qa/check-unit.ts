/**
 * Runs every unit-level check on one unit. `inconsistent` needs the whole document and runs
 * separately (./inconsistent). Pure: the glossary arrives as a built matcher.
 */
import type { LengthModel } from "@/lib/align/gale-church";
import type { GlossaryEntryInput, TermMatch } from "@/lib/glossary/types";
import { checkEndPunctuation } from "./checks/end-punctuation";
import { checkLatin } from "./checks/latin";
import { checkLength } from "./checks/length";
import { checkNumbers } from "./checks/number";
import { checkQuotesBrackets } from "./checks/quotes-brackets";
import { checkRepeatedWord } from "./checks/repeated-word";
import { checkSpacing } from "./checks/spacing";
import { checkSubtitle, type SubtitleRules } from "./checks/subtitle";
import { checkTerms, keptInDevanagari } from "./checks/term";
import { checkUntranslated } from "./checks/untranslated";
import type { QaIssue, QaSeverity } from "./types";

/**
 * Bumped whenever a check changes what it finds, so that stored results are recomputed
 * (features/qa compares it with the version the document was last checked with).
 */
export const QA_VERSION = 1;

export interface QaGlossary {
  matcher: { match(text: string): TermMatch[] };
  byId: Map<string, GlossaryEntryInput>;
}

export interface QaUnitInput {
  /** The unit's Hindi sentences. */
  hindi: string[];
  english: string;
}

export interface QaOptions {
  glossary?: QaGlossary | null;
  length?: LengthModel;
  /** For documents imported from subtitles (.srt): the export's line length, so overlong cues are flagged. */
  subtitle?: SubtitleRules | null;
}

export function checkUnit(unit: QaUnitInput, options: QaOptions = {}): QaIssue[] {
  const hindi = unit.hindi.join(" ");
  const { english } = unit;
  const { glossary } = options;
  const matches = glossary ? unit.hindi.flatMap((s) => glossary.matcher.match(s)) : [];
  const dnt = options.glossary ? keptInDevanagari(matches, options.glossary.byId) : [];
  const untranslated = checkUntranslated(hindi, english, dnt);
  // With no English there is nothing else to check: the unit is simply not translated yet.
  if (english.trim() === "") return untranslated;
  // One array for all the checks' issues (most units have none): no spread of ten small arrays.
  const issues: QaIssue[] = [];
  add(issues, checkNumbers(hindi, english));
  add(issues, checkLatin(hindi, english));
  add(issues, checkEndPunctuation(hindi, english));
  add(issues, checkQuotesBrackets(hindi, english));
  add(issues, untranslated);
  add(issues, checkSpacing(english));
  add(issues, checkRepeatedWord(english));
  add(issues, checkLength(hindi, english, options.length));
  if (options.glossary) add(issues, checkTerms(matches, options.glossary.byId, english));
  if (options.subtitle) add(issues, checkSubtitle(english, options.subtitle));
  return issues;
}

// A module-level function, not a closure per unit: tsx (the CLI, the bench) compiles with
// keepNames, which wraps every named closure in a __name call each time it is created.
function add(issues: QaIssue[], found: QaIssue[]) {
  for (const issue of found) issues.push(issue);
}

/** Open (not ignored) errors and warnings. */
export function openCounts(issues: QaIssue[], ignored: ReadonlySet<string> | readonly string[]): Record<QaSeverity, number> {
  const skip = ignored instanceof Set ? ignored : new Set(ignored as readonly string[]);
  const counts = { error: 0, warning: 0 };
  for (const issue of issues) if (!skip.has(issue.key)) counts[issue.severity]++;
  return counts;
}
