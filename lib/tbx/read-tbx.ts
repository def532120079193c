import { SaxesParser } from "saxes";
import { AppError } from "@/lib/errors";
import { fromTbxPartOfSpeech } from "@/lib/glossary/part-of-speech";
import type { GlossaryEntryInput, TermStatus } from "@/lib/glossary/types";
import { doNotTranslateNote } from "./write-tbx";

/**
 * Reads Hindi→English entries from TBX: TBX-Basic v2 (<martif>, tig or ntig/termGrp) and TBX v3
 * (<tbx>, conceptEntry/langSec/termSec). Streaming with saxes, which never loads a DTD nor expands
 * entities beyond the five predefined ones; on top of that any DOCTYPE declaring entities or naming
 * an external DTD (SYSTEM/PUBLIC) is refused outright, so XXE and "billion laughs" files fail early
 * with UNSAFE_XML instead of depending on parser internals.
 * Languages other than Hindi and English are ignored; entries lacking either side are skipped.
 */

export interface ReadTbxOptions {
  /** Refuse larger input (UTF-16 code units) before parsing. */
  maxChars?: number;
  /**
   * Accept a DOCTYPE that only names an external DTD (`<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">`,
   * common in files from older tools). Safe in itself because saxes never fetches it; off by default
   * because the import policy is to refuse any external identifier. Entity declarations are always refused.
   */
  allowExternalDtdReference?: boolean;
}

const DEFAULT_MAX_CHARS = 50_000_000;

interface TermGroup {
  lang: "hi" | "en" | null;
  text: string;
  status: TermStatus;
  partOfSpeech: string | null;
  grammaticalGender: string | null;
}

interface EntryState {
  id: string | null;
  definition: string | null;
  note: string | null;
  partOfSpeech: string | null;
  grammaticalGender: string | null;
  groups: TermGroup[];
}

interface Capture {
  kind: "term" | "termNote" | "descrip" | "note";
  type: string;
  text: string;
}

function languageOf(tag: string | undefined): "hi" | "en" | null {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "hi" ? "hi" : primary === "en" ? "en" : null;
}

function statusFromNote(value: string): TermStatus {
  const v = value.trim().toLowerCase();
  return /deprecated|superseded|forbidden/.test(v) ? "forbidden" : "preferred";
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function clean(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

export function readTbx(xml: string, options: ReadTbxOptions = {}): GlossaryEntryInput[] {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (xml.length > maxChars)
    throw new AppError("TOO_LARGE", `TBX file is larger than ${maxChars} characters`, { reason: "tooManyCharacters", limit: maxChars });

  const parser = new SaxesParser({ xmlns: false, position: true });
  const out: GlossaryEntryInput[] = [];
  const stack: string[] = [];
  const langStack: ("hi" | "en" | null)[] = [];
  let entry: EntryState | null = null;
  let group: TermGroup | null = null;
  let capture: Capture | null = null;
  let entryCount = 0;

  parser.on("error", (err) => {
    throw new AppError("MALFORMED_FILE", `Not well-formed XML at ${err.message}`, {
      reason: "xmlMalformed",
      line: parser.line,
      column: parser.column,
    });
  });
  parser.on("doctype", (doctype) => {
    const external = /\b(SYSTEM|PUBLIC)\b/.test(doctype);
    if (/<!ENTITY/i.test(doctype) || (external && !options.allowExternalDtdReference)) {
      throw new AppError("UNSAFE_XML", `Line ${parser.line}: DOCTYPE with entity declarations or an external DTD is not accepted`, {
        reason: "xmlEntities",
      });
    }
  });

  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    const attrs = tag.attributes as Record<string, string>;
    if (stack.length === 0 && name !== "martif" && name !== "tbx") {
      throw new AppError("MALFORMED_FILE", `Line ${parser.line}: root element <${tag.name}> is not TBX`, { reason: "notTbx" });
    }
    stack.push(name);
    const inheritedLang = langStack.length > 0 ? langStack[langStack.length - 1] : null;
    langStack.push(name === "langSet" || name === "langSec" ? languageOf(attrs["xml:lang"] ?? attrs.lang) : inheritedLang);
    const lang = langStack[langStack.length - 1];

    if (name === "termEntry" || name === "conceptEntry") {
      entry = { id: attrs.id ?? null, definition: null, note: null, partOfSpeech: null, grammaticalGender: null, groups: [] };
      return;
    }
    if (!entry) return;
    if (name === "tig" || name === "ntig" || name === "termSec") {
      group = { lang, text: "", status: "preferred", partOfSpeech: null, grammaticalGender: null };
      entry.groups.push(group);
    } else if (name === "term") {
      if (!group) {
        // A bare <term> directly in a langSet (seen in hand-made files): treat it as its own group.
        group = { lang, text: "", status: "preferred", partOfSpeech: null, grammaticalGender: null };
        entry.groups.push(group);
      }
      capture = { kind: "term", type: "", text: "" };
    } else if (!capture && (name === "termNote" || name === "descrip" || name === "note")) {
      capture = { kind: name, type: attrs.type ?? "", text: "" };
    }
  });

  const onText = (text: string) => {
    if (capture) capture.text += text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);

  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    stack.pop();
    langStack.pop();
    if (capture && name === capture.kind) {
      applyCapture(capture, entry, group);
      capture = null;
    }
    if ((name === "tig" || name === "ntig" || name === "termSec") && group) group = null;
    if (name === "langSet" || name === "langSec") group = null;
    if ((name === "termEntry" || name === "conceptEntry") && entry) {
      entryCount++;
      out.push(...finishEntry(entry, entryCount));
      entry = null;
      group = null;
    }
  });

  parser.write(xml).close();
  return out;
}

function applyCapture(capture: Capture, entry: EntryState | null, group: TermGroup | null) {
  if (!entry) return;
  // Terms are single-line by nature, so pretty-printing whitespace is collapsed; notes keep theirs.
  const text = capture.kind === "term" ? clean(capture.text) : capture.text.normalize("NFC").trim();
  if (capture.kind === "term" && group) {
    group.text = text;
  } else if (capture.kind === "termNote") {
    if (capture.type === "partOfSpeech") {
      if (group) group.partOfSpeech = text || null;
      else entry.partOfSpeech ??= text || null;
    } else if (capture.type === "grammaticalGender") {
      if (group) group.grammaticalGender = text || null;
      else entry.grammaticalGender ??= text || null;
    } else if (capture.type === "administrativeStatus" || capture.type === "normativeAuthorization") {
      if (group && group.status !== "do-not-translate") group.status = statusFromNote(text);
    } else if (capture.type === "x-setu-status" && text === "do-not-translate" && group) {
      group.status = "do-not-translate";
    }
  } else if (capture.kind === "descrip" && capture.type === "definition") {
    entry.definition ??= text || null;
  } else if (capture.kind === "note") {
    if (group && (text === doNotTranslateNote || text === "do-not-translate")) group.status = "do-not-translate";
    else if (!group) entry.note ??= text || null;
  }
}

function finishEntry(entry: EntryState, ordinal: number): GlossaryEntryInput[] {
  const hindi = entry.groups.filter((g) => g.lang === "hi" && g.text !== "");
  const english = entry.groups.filter((g) => g.lang === "en" && g.text !== "");
  if (hindi.length === 0 || english.length === 0) return [];
  const baseId = entry.id ?? `tbx-${ordinal}`;
  const note = entry.definition ?? entry.note;
  const englishTerms = english.map((g) => ({ text: g.text, status: g.status }));
  // Hindi synonyms in one concept become separate entries with the same English, because matching
  // and consistency checks work per Hindi term.
  // The part of speech of the Hindi term, else of the entry, else of an English term (same concept);
  // gender only from the Hindi side, since English nouns have none.
  const conceptPos = entry.partOfSpeech ?? english.find((g) => g.partOfSpeech)?.partOfSpeech ?? null;
  return hindi.map((h, k) => ({
    id: k === 0 ? baseId : `${baseId}-${k + 1}`,
    hindi: h.text,
    english: englishTerms.map((e) => ({ ...e })),
    partOfSpeech: fromTbxPartOfSpeech(h.partOfSpeech ?? conceptPos, h.grammaticalGender ?? entry.grammaticalGender),
    note,
  }));
}
