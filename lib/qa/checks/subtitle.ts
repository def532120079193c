/**
 * `subtitle`: for a document that came as subtitles (.srt), English that does not fit the cue: once
 * wrapped at the configured line length (lib/srt's wrapCue, the export's own wrapping), it needs
 * more lines than a subtitle shows at once (two, by the usual broadcast rules), or a single word is
 * longer than a line. Run only when the caller passes the subtitle options.
 */
import { wrapCue } from "@/lib/srt/srt";
import { type QaIssue, qaIssue } from "../types";

export interface SubtitleRules {
  lineLength: number;
  /** Lines a cue may show at once; 2 unless the client says otherwise. */
  maxLines?: number;
}

export function checkSubtitle(english: string, rules: SubtitleRules): QaIssue[] {
  const maxLines = rules.maxLines ?? 2;
  const lines = wrapCue(english, rules.lineLength);
  const issues: QaIssue[] = [];
  if (lines.length > maxLines) {
    issues.push(qaIssue("subtitleTooManyLines", { lines: lines.length, maxLines, lineLength: rules.lineLength }));
  }
  let longest = "";
  let longestLength = 0;
  for (const line of lines) {
    const length = Array.from(line).length;
    if (length > longestLength) {
      longest = line;
      longestLength = length;
    }
  }
  if (longestLength > rules.lineLength) {
    issues.push(qaIssue("subtitleLineTooLong", { line: longest, length: longestLength, lineLength: rules.lineLength }));
  }
  return issues;
}
