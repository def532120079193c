/**
 * The QA framework's vocabulary. A check has a stable id (used in URLs, CSV, the CLI's JSON and
 * stored rows, so never renamed); each issue it raises has a message code, translated in
 * messages/{en,hi}.json under `qa.codes`, and a severity fixed per code. Errors are defects a
 * reviewer should not approve (a wrong number, a forbidden term); warnings ask for a look.
 */

export const qaCheckIds = [
  "number",
  "latin",
  "end-punctuation",
  "quotes-brackets",
  "untranslated",
  "spacing",
  "repeated-word",
  "length",
  "inconsistent",
  "term",
  "subtitle",
] as const;
export type QaCheckId = (typeof qaCheckIds)[number];

export const qaSeverities = ["error", "warning"] as const;
export type QaSeverity = (typeof qaSeverities)[number];

/** Every message code with its check and severity: the one table both sides read. */
export const qaCodes = {
  numberMissing: { check: "number", severity: "error" },
  numberExtra: { check: "number", severity: "error" },
  numberMismatch: { check: "number", severity: "error" },
  numberWordsDiffer: { check: "number", severity: "warning" },
  numberIndianGrouping: { check: "number", severity: "warning" },
  numberDevanagariDigits: { check: "number", severity: "warning" },
  latinMissing: { check: "latin", severity: "warning" },
  endPunctuationMissing: { check: "end-punctuation", severity: "warning" },
  endPunctuationExtra: { check: "end-punctuation", severity: "warning" },
  endPunctuationDifferent: { check: "end-punctuation", severity: "warning" },
  endQuoteMissing: { check: "end-punctuation", severity: "warning" },
  dandaInEnglish: { check: "end-punctuation", severity: "error" },
  unbalancedBrackets: { check: "quotes-brackets", severity: "error" },
  unbalancedQuotes: { check: "quotes-brackets", severity: "error" },
  quotesMissing: { check: "quotes-brackets", severity: "warning" },
  bracketsMissing: { check: "quotes-brackets", severity: "warning" },
  untranslatedEmpty: { check: "untranslated", severity: "error" },
  untranslatedSame: { check: "untranslated", severity: "error" },
  untranslatedDevanagari: { check: "untranslated", severity: "error" },
  devanagariLeft: { check: "untranslated", severity: "warning" },
  spacingEdges: { check: "spacing", severity: "warning" },
  spacingDouble: { check: "spacing", severity: "warning" },
  spacingBeforePunctuation: { check: "spacing", severity: "warning" },
  repeatedWord: { check: "repeated-word", severity: "warning" },
  lengthTooLong: { check: "length", severity: "warning" },
  lengthTooShort: { check: "length", severity: "warning" },
  inconsistentHindi: { check: "inconsistent", severity: "warning" },
  inconsistentEnglish: { check: "inconsistent", severity: "warning" },
  termMissing: { check: "term", severity: "error" },
  termForbidden: { check: "term", severity: "error" },
  subtitleTooManyLines: { check: "subtitle", severity: "warning" },
  subtitleLineTooLong: { check: "subtitle", severity: "warning" },
} as const satisfies Record<string, { check: QaCheckId; severity: QaSeverity }>;
export type QaCode = keyof typeof qaCodes;

export type QaParams = Record<string, string | number>;

export interface QaIssue {
  check: QaCheckId;
  code: QaCode;
  severity: QaSeverity;
  /** Values for the message: text quoted from the unit and numbers, never prose. */
  params: QaParams;
  /** Names this issue within its unit across re-checks, so that an ignore outlives re-checking. */
  key: string;
  /** The whole English with the problem corrected, when the correction cannot change the meaning. */
  fix?: string;
}

/** Builds an issue from its code, so check and severity always come from the table. */
export function qaIssue(code: QaCode, params: QaParams, discriminator?: string | number, fix?: string): QaIssue {
  const { check, severity } = qaCodes[code];
  return {
    check,
    code,
    severity,
    params,
    key: discriminator === undefined ? code : `${code}:${discriminator}`,
    ...(fix === undefined ? {} : { fix }),
  };
}

export function isQaCheckId(value: string): value is QaCheckId {
  return (qaCheckIds as readonly string[]).includes(value);
}
