import { toTbxPartOfSpeech } from "@/lib/glossary/part-of-speech";
import type { GlossaryEntryInput, TermStatus } from "@/lib/glossary/types";

/**
 * TBX-Basic in the TBX v2 <martif> form, which OmegaT, translate-toolkit and most CAT tools read.
 * No DOCTYPE is written: our own reader (and many hardened ones) reject external DTD references.
 *
 * Status mapping (termNote administrativeStatus):
 *   preferred        → preferredTerm-admn-sts
 *   forbidden        → deprecatedTerm-admn-sts
 *   do-not-translate → admittedTerm-admn-sts plus <note>setu:do-not-translate</note> in the tig.
 * TBX-Basic has no do-not-translate status; a tig-level <note> keeps the file valid against the
 * TBX-Basic constraints (an x- termNote would not be) while other tools still see an admitted term.
 *
 * Part of speech: the TBX-Basic picklist value (noun, verb, adjective, adverb, properNoun, other), with
 * Setu's noun-m / noun-f split into partOfSpeech "noun" plus a grammaticalGender termNote. A value
 * Setu does not recognise is written as it is rather than lost.
 */
export const doNotTranslateNote = "setu:do-not-translate";

const adminStatus: Record<TermStatus, string> = {
  preferred: "preferredTerm-admn-sts",
  forbidden: "deprecatedTerm-admn-sts",
  "do-not-translate": "admittedTerm-admn-sts",
};

// XML 1.0 forbids most C0 controls even as character references; they are never part of a term.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the forbidden controls is the point
const INVALID_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

function hindiLangSet(entry: GlossaryEntryInput): string[] {
  const lines = ['      <langSet xml:lang="hi">'];
  if (entry.note) lines.push(`        <descrip type="definition">${escapeXml(entry.note)}</descrip>`);
  lines.push("        <tig>", `          <term>${escapeXml(entry.hindi)}</term>`);
  if (entry.partOfSpeech) {
    const { partOfSpeech, grammaticalGender } = toTbxPartOfSpeech(entry.partOfSpeech);
    lines.push(`          <termNote type="partOfSpeech">${escapeXml(partOfSpeech)}</termNote>`);
    if (grammaticalGender) lines.push(`          <termNote type="grammaticalGender">${grammaticalGender}</termNote>`);
  }
  lines.push("        </tig>", "      </langSet>");
  return lines;
}

function englishLangSet(entry: GlossaryEntryInput): string[] {
  const lines = ['      <langSet xml:lang="en">'];
  for (const english of entry.english) {
    lines.push(
      "        <tig>",
      `          <term>${escapeXml(english.text)}</term>`,
      `          <termNote type="administrativeStatus">${adminStatus[english.status]}</termNote>`,
    );
    if (english.status === "do-not-translate") lines.push(`          <note>${doNotTranslateNote}</note>`);
    lines.push("        </tig>");
  }
  lines.push("      </langSet>");
  return lines;
}

export function writeTbx(entries: GlossaryEntryInput[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX-Basic" xml:lang="en">',
    "  <martifHeader>",
    "    <fileDesc>",
    "      <sourceDesc><p>Exported from Setu</p></sourceDesc>",
    "    </fileDesc>",
    '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
    "  </martifHeader>",
    "  <text>",
    "    <body>",
  ];
  for (const entry of entries) {
    lines.push(`    <termEntry id="${escapeXml(entry.id)}">`, ...hindiLangSet(entry), ...englishLangSet(entry), "    </termEntry>");
  }
  lines.push("    </body>", "  </text>", "</martif>", "");
  return lines.join("\n");
}
