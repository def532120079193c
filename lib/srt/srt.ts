/**
 * SubRip (.srt) cues in and out. A cue is a number, a timing line and one or more lines of text;
 * the timing line is kept exactly as written (positions and all) so that an export gives the
 * video editor back the timings it made. Lines within a cue are wrapping, not structure.
 */
import { AppError } from "@/lib/errors";

export interface SrtCue {
  /** The cue's number as written (usually 1, 2, 3 …). */
  number: string;
  /** The timing line exactly as written: "00:00:01,000 --> 00:00:03,500". */
  timing: string;
  /** The text lines, formatting tags ( <i>, {\an8} ) removed. */
  lines: string[];
}

const TIME = String.raw`\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}`;
const TIMING_RE = new RegExp(String.raw`^\s*${TIME}\s*-->\s*${TIME}(?:\s.*)?$`);
const TAG_RE = /<\/?[a-zA-Z][^>]*>|\{\\[^}]*\}/g;

/** Parses the decoded text of an .srt file (LF line ends). Throws MALFORMED_FILE naming the line. */
export function readSrt(text: string): SrtCue[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const cues: SrtCue[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i].trim() === "") {
      i++;
      continue;
    }
    const numberLine = i + 1;
    const number = lines[i].trim();
    let timing = lines[i + 1];
    // Some files leave out the cue numbers: the timing line comes first.
    if (TIMING_RE.test(number)) {
      timing = lines[i];
      i += 1;
    } else {
      if (!/^\d+$/.test(number)) throw malformed(numberLine, `expected a cue number, found "${number.slice(0, 40)}"`);
      if (timing === undefined || !TIMING_RE.test(timing)) {
        throw malformed(numberLine + 1, `expected a timing line such as "00:00:01,000 --> 00:00:03,500"`);
      }
      i += 2;
    }
    const text: string[] = [];
    // A cue ends at a blank line, or (in files that forget the blank line) where the next cue's
    // number and timing line begin.
    while (i < lines.length && lines[i].trim() !== "" && !(/^\d+$/.test(lines[i].trim()) && TIMING_RE.test(lines[i + 1] ?? ""))) {
      const clean = lines[i].replace(TAG_RE, "").trim();
      if (clean) text.push(clean);
      i++;
    }
    cues.push({ number: TIMING_RE.test(number) ? String(cues.length + 1) : number, timing: timing.trim(), lines: text });
  }
  if (cues.length === 0)
    throw new AppError("MALFORMED_FILE", "The file holds no subtitle cues: this is not an .srt file.", { reason: "srtNoCues" });
  return cues;
}

function malformed(line: number, problem: string): AppError {
  return new AppError("MALFORMED_FILE", `Not a valid .srt file: line ${line}: ${problem}.`, { reason: "srtBadLine", line });
}

export const DEFAULT_LINE_LENGTH = 42;

/**
 * Breaks text into lines of at most `max` characters at word boundaries (a word longer than the
 * limit gets a line of its own, never cut). Two lines are balanced, as subtitlers do, so that the
 * eye does not jump from a full line to a stub.
 */
export function wrapCue(text: string, max = DEFAULT_LINE_LENGTH): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && [...line].length + 1 + [...word].length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  if (lines.length !== 2) return lines;
  let best = lines;
  let bestLongest = Math.max(...lines.map((l) => [...l].length));
  for (let k = 1; k < words.length; k++) {
    const a = words.slice(0, k).join(" ");
    const b = words.slice(k).join(" ");
    const longest = Math.max([...a].length, [...b].length);
    if (longest < bestLongest) {
      best = [a, b];
      bestLongest = longest;
    }
  }
  return best;
}

/** One cue of an .srt file, numbered and timed as the original, ending with its blank line. */
export function writeSrtCue(cue: { number: string; timing: string; lines: string[] }): string {
  return `${cue.number}\n${cue.timing}\n${cue.lines.join("\n")}\n\n`;
}
