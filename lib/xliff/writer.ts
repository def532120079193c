/**
 * XLIFF 1.2 and 2.0 writers built from string pieces (header, group, unit, footer), like the TMX
 * writer, so that an export streams units from the database without holding the file in memory.
 *
 * One Setu unit is one <trans-unit> (1.2) or <unit> (2.0) whose id survives round trips: the id the
 * unit arrived with from another tool, else "setu-<unit id>". A unit of several Hindi sentences lists
 * them as <seg-source> markers (1.2) or <segment>s (2.0). The English belongs to the unit as a whole
 * (alignment is n:m), so 1.2 has one <target> and 2.0 puts it in the first segment's target.
 * Paragraphs are <group>s, so that headings, list items and paragraph breaks survive a round trip.
 */
import { escapeXmlAttr as attr, stripNonXmlChars, escapeXmlText as text, tmxLang } from "@/lib/tmx/writer";
import { type SetuStatus, toXliff12, toXliff20, XLIFF12_NS, XLIFF20_NS } from "./states";

export type XliffVersion = "1.2" | "2.0";

export interface XliffFileInfo {
  /** The document's title: the name of the original. */
  original: string;
  srcLang: string;
  tgtLang: string;
  toolVersion: string;
}

export type XliffGroupKind = "sentence" | "heading" | "list-item";

export interface XliffNote {
  /** Who wrote it (an email for Setu's comments). */
  from?: string;
  text: string;
}

export interface XliffUnitInput {
  id: string;
  /** The Hindi sentences of the unit, in order (at least one). */
  sentences: string[];
  /** Empty when there is no translation (or none in the export's scope): no target is written. */
  english: string;
  status: SetuStatus;
  notes?: XliffNote[];
}

const groupTypes: Record<Exclude<XliffGroupKind, "sentence">, { v12: string; v20: string }> = {
  heading: { v12: "x-setu-heading", v20: "setu:heading" },
  "list-item": { v12: "x-setu-list-item", v20: "setu:list-item" },
};

const clean = (s: string) => text(stripNonXmlChars(s).trim());

export function xliffHeader(version: XliffVersion, info: XliffFileInfo): string {
  const src = tmxLang(info.srcLang, false);
  const tgt = tmxLang(info.tgtLang, false);
  const decl = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (version === "1.2") {
    return (
      `${decl}<xliff version="1.2" xmlns="${XLIFF12_NS}">\n` +
      `<file original="${attr(info.original)}" source-language="${attr(src)}" target-language="${attr(tgt)}" datatype="plaintext" tool-id="setu">\n` +
      `<header><tool tool-id="setu" tool-name="Setu" tool-version="${attr(info.toolVersion)}"/></header>\n<body>\n`
    );
  }
  return (
    `${decl}<xliff version="2.0" xmlns="${XLIFF20_NS}" srcLang="${attr(src)}" trgLang="${attr(tgt)}">\n` +
    `<file id="f1" original="${attr(info.original)}">\n`
  );
}

/** Opens the group of one paragraph; id is unique in the file. */
export function xliffGroupOpen(version: XliffVersion, id: string, kind: XliffGroupKind): string {
  const type = kind === "sentence" ? null : groupTypes[kind];
  if (version === "1.2") return `<group id="${attr(id)}"${type ? ` restype="${type.v12}"` : ""}>\n`;
  return `<group id="${attr(id)}"${type ? ` type="${type.v20}"` : ""}>\n`;
}

export function xliffGroupClose(): string {
  return "</group>\n";
}

export function xliffUnit(version: XliffVersion, u: XliffUnitInput): string {
  return version === "1.2" ? unit12(u) : unit20(u);
}

function unit12(u: XliffUnitInput): string {
  const hasTarget = u.english.trim() !== "";
  const { state, approved } = toXliff12(u.status);
  let out = `<trans-unit id="${attr(u.id)}"${hasTarget && approved ? ' approved="yes"' : ""}>\n`;
  out += `  <source>${u.sentences.map(clean).join(" ")}</source>\n`;
  if (u.sentences.length > 1) {
    const marks = u.sentences.map((s, i) => `<mrk mtype="seg" mid="${i + 1}">${clean(s)}</mrk>`).join(" ");
    out += `  <seg-source>${marks}</seg-source>\n`;
  }
  if (hasTarget) out += `  <target state="${state}">${clean(u.english)}</target>\n`;
  for (const note of u.notes ?? []) {
    out += `  <note${note.from ? ` from="${attr(note.from)}"` : ""}>${text(note.text)}</note>\n`;
  }
  return `${out}</trans-unit>\n`;
}

function unit20(u: XliffUnitInput): string {
  const hasTarget = u.english.trim() !== "";
  const { state, subState } = hasTarget ? toXliff20(u.status) : { state: "initial", subState: undefined };
  let out = `<unit id="${attr(u.id)}">\n`;
  if (u.notes?.length) {
    out += "  <notes>\n";
    for (const note of u.notes) out += `    <note${note.from ? ` category="from:${attr(note.from)}"` : ""}>${text(note.text)}</note>\n`;
    out += "  </notes>\n";
  }
  u.sentences.forEach((s, i) => {
    const states = `state="${state}"${subState ? ` subState="${subState}"` : ""}`;
    out += `  <segment id="s${i + 1}" ${states}>\n    <source>${clean(s)}</source>\n`;
    // The whole English goes with the first sentence; the others carry an empty target so that
    // every segment says it is part of a translated unit.
    if (hasTarget) out += `    <target>${i === 0 ? clean(u.english) : ""}</target>\n`;
    out += "  </segment>\n";
    if (i < u.sentences.length - 1) out += `  <ignorable id="i${i + 1}"><source> </source></ignorable>\n`;
  });
  return `${out}</unit>\n`;
}

export function xliffFooter(version: XliffVersion): string {
  return version === "1.2" ? "</body>\n</file>\n</xliff>\n" : "</file>\n</xliff>\n";
}
