/**
 * Streaming XLIFF reader for 1.0–1.2 and 2.x: units are yielded as they close, so memory stays flat
 * whatever the size of the file. Parsed through lib/xml/safe-parser (no DTD, no entities).
 *
 * What is read: each <trans-unit> (1.x) or <unit> (2.x) with its id, its Hindi (the sentences of a
 * <seg-source> or of the <segment>s when the file marks them), its English, its state mapped to a
 * Setu status, its notes, and the <group> it sits in (a paragraph). Inline codes (bpt, ph, …) carry
 * the original's formatting markup, not text, and are dropped; the text of g, pc and mrk is kept.
 * Alternative translations, context groups, metadata and elements of other namespaces are ignored.
 */
import { AppError } from "@/lib/errors";
import { createSafeXmlParser, type NsTag } from "@/lib/xml/safe-parser";
import { fromXliff12, fromXliff20, leastAdvanced, type SetuStatus, XLIFF12_NS, XLIFF20_NS } from "./states";
import type { XliffGroupKind, XliffNote } from "./writer";

export type XliffReadVersion = "1.2" | "2.0";

export interface XliffFileEvent {
  kind: "file";
  /** "1.2" for 1.0–1.2 files, "2.0" for 2.x. */
  version: XliffReadVersion;
  srcLang: string;
  tgtLang: string | null;
}

export interface XliffReadUnit {
  id: string;
  /** The sentences the file marks (seg-source markers, segments); null when the source is one piece. */
  sentences: string[] | null;
  /** The whole source text. */
  source: string;
  english: string;
  status: SetuStatus;
  notes: XliffNote[];
  /** Units with the same key sit in the same innermost <group>: one paragraph. Null outside groups. */
  group: number | null;
  groupKind: XliffGroupKind;
  /** translate="no": the file says the unit is not for translation. */
  translatable: boolean;
}

export type XliffEvent = XliffFileEvent | { kind: "unit"; unit: XliffReadUnit };

export interface ReadXliffOptions {
  maxBytes?: number;
}

// Elements whose whole subtree says nothing Setu keeps.
const SKIP_12 = new Set(["alt-trans", "context-group", "count-group", "prop-group", "header", "bin-unit", "phase-group"]);
const SKIP_20 = new Set(["originalData", "ignorable"]);
// Inline codes: their content is native markup (1.2) or they are empty (2.0).
const CODES_12 = new Set(["bpt", "ept", "ph", "it", "sub"]);
const EMPTY_CODES_20 = new Set(["ph", "sc", "ec", "sm", "em"]);

const kindOfGroup: Record<string, XliffGroupKind> = {
  "x-setu-heading": "heading",
  "x-setu-list-item": "list-item",
  "setu:heading": "heading",
  "setu:list-item": "list-item",
};

interface Group {
  key: number;
  kind: XliffGroupKind;
}

interface Segment {
  source: string;
  target: string | null;
  state?: string;
  subState?: string;
}

/**
 * Yields a "file" event for each <file> (before its units), then a "unit" event per unit.
 * Throws AppError: UNSAFE_XML, MALFORMED_FILE (with line and column) or TOO_LARGE.
 */
export async function* readXliff(chunks: AsyncIterable<string>, opts: ReadXliffOptions = {}): AsyncGenerator<XliffEvent> {
  const ready: XliffEvent[] = [];
  const state = new XliffState(ready);
  const xml = createSafeXmlParser(
    { open: (tag) => state.open(tag), text: (t) => state.text(t), close: (tag) => state.close(tag) },
    { xmlns: true, label: "XLIFF", maxBytes: opts.maxBytes },
  );
  for await (const _ of xml.feed(chunks)) yield* ready.splice(0);
  if (!state.sawFile) throw new AppError("MALFORMED_FILE", "The XLIFF file has no <file> element", { reason: "notXliff" });
}

class XliffState {
  sawFile = false;
  private version: XliffReadVersion | null = null;
  private depth = 0;
  /** Depth at which an ignored subtree started; 0 when not ignoring. */
  private skipFrom = 0;
  private groups: Group[] = [];
  private groupSerial = 0;
  private unit: {
    id: string;
    translatable: boolean;
    approved?: string;
    notes: XliffNote[];
    segments: Segment[];
    source: string | null;
    segSource: string[] | null;
    target: string | null;
    targetState?: string;
  } | null = null;
  /** What the current text goes into. */
  private buffer: { text: string } | null = null;
  private bufferOwner = "";
  private noteFrom: string | undefined;
  private segment: Segment | null = null;
  private codeDepth = 0;

  constructor(private readonly out: XliffEvent[]) {}

  open(tag: NsTag): string | null {
    this.depth++;
    if (this.skipFrom) return null;
    const name = tag.local;
    const attrs = tag.attributes;
    const get = (n: string) => attrs[n]?.value;
    if (this.depth === 1) {
      if (name !== "xliff") return `The root element is <${tag.name}>, not <xliff>: this is not an XLIFF file`;
      const version = get("version") ?? "";
      if (tag.uri === XLIFF20_NS || /^2\./.test(version)) this.version = "2.0";
      else if (tag.uri === XLIFF12_NS || tag.uri === "" || /^1\.[012]$/.test(version)) this.version = "1.2";
      else return `This XLIFF version (${version || tag.uri}) is not supported; Setu reads XLIFF 1.2 and 2.0`;
      if (this.version === "2.0") this.rootLangs = { src: get("srcLang") ?? "", tgt: get("trgLang") ?? null };
      return null;
    }
    const ns = this.version === "2.0" ? XLIFF20_NS : XLIFF12_NS;
    // Elements of other namespaces (tool extensions) are not XLIFF's: skip them whole.
    if (tag.uri !== ns && !(this.version === "1.2" && tag.uri === "")) {
      this.skipFrom = this.depth;
      return null;
    }
    return this.version === "1.2" ? this.open12(name, get) : this.open20(name, get);
  }

  private rootLangs: { src: string; tgt: string | null } = { src: "", tgt: null };

  private open12(name: string, get: (n: string) => string | undefined): string | null {
    if (this.buffer) {
      if (this.codeDepth > 0 || CODES_12.has(name)) this.codeDepth++;
      else if (name === "mrk" && this.bufferOwner === "seg-source" && get("mtype") === "seg" && this.unit?.segSource) {
        this.unit.segSource.push("");
        this.segMarkDepth = this.depth;
      }
      return null;
    }
    if (SKIP_12.has(name)) {
      this.skipFrom = this.depth;
      return null;
    }
    switch (name) {
      case "file": {
        const src = get("source-language")?.trim();
        if (!src) return "The XLIFF <file> has no source-language attribute, so the source language is unknown";
        this.sawFile = true;
        this.out.push({ kind: "file", version: "1.2", srcLang: src, tgtLang: get("target-language")?.trim() || null });
        return null;
      }
      case "group":
        this.groups.push({ key: ++this.groupSerial, kind: kindOfGroup[get("restype") ?? ""] ?? "sentence" });
        return null;
      case "trans-unit":
        if (!this.sawFile) return "A <trans-unit> outside any <file>";
        this.unit = {
          id: get("id") ?? "",
          translatable: get("translate") !== "no",
          approved: get("approved"),
          notes: [],
          segments: [],
          source: null,
          segSource: null,
          target: null,
        };
        return null;
      case "source":
      case "target":
      case "seg-source":
      case "note":
        if (!this.unit) return null;
        if (name === "seg-source") this.unit.segSource = [];
        if (name === "target") this.unit.targetState = get("state");
        if (name === "note") this.noteFrom = get("from");
        this.buffer = { text: "" };
        this.bufferOwner = name;
        return null;
      default:
        return null;
    }
  }

  /** Depth of the open <mrk mtype="seg"> of a seg-source; 0 outside one. */
  private segMarkDepth = 0;

  private open20(name: string, get: (n: string) => string | undefined): string | null {
    if (this.buffer) {
      if (name === "cp") {
        const code = Number.parseInt(get("hex") ?? "", 16);
        // A code point XML cannot carry is exactly what cp exists for; keep only what Setu can store.
        if (Number.isInteger(code) && code >= 0x20 && code <= 0x10ffff) this.buffer.text += String.fromCodePoint(code);
      } else if (EMPTY_CODES_20.has(name)) {
        // Empty placeholders: no text of their own.
      }
      return null;
    }
    if (SKIP_20.has(name)) {
      this.skipFrom = this.depth;
      return null;
    }
    switch (name) {
      case "file":
        if (!this.rootLangs.src.trim()) return "The XLIFF root has no srcLang attribute, so the source language is unknown";
        this.sawFile = true;
        this.out.push({ kind: "file", version: "2.0", srcLang: this.rootLangs.src.trim(), tgtLang: this.rootLangs.tgt?.trim() || null });
        return null;
      case "group":
        this.groups.push({ key: ++this.groupSerial, kind: kindOfGroup[get("type") ?? ""] ?? "sentence" });
        return null;
      case "unit":
        if (!this.sawFile) return "A <unit> outside any <file>";
        this.unit = {
          id: get("id") ?? "",
          translatable: get("translate") !== "no",
          notes: [],
          segments: [],
          source: null,
          segSource: null,
          target: null,
        };
        return null;
      case "segment":
        if (this.unit) this.segment = { source: "", target: null, state: get("state"), subState: get("subState") };
        return null;
      case "source":
      case "target":
        if (!this.segment) return null;
        this.buffer = { text: "" };
        this.bufferOwner = name;
        return null;
      case "note":
        if (!this.unit) return null;
        this.noteFrom = get("category")?.startsWith("from:") ? get("category")?.slice(5) : undefined;
        this.buffer = { text: "" };
        this.bufferOwner = name;
        return null;
      default:
        return null;
    }
  }

  text(text: string): void {
    if (this.skipFrom || !this.buffer || this.codeDepth > 0) return;
    this.buffer.text += text;
    if (this.segMarkDepth && this.unit?.segSource) {
      const marks = this.unit.segSource;
      marks[marks.length - 1] += text;
    }
  }

  close(tag: NsTag): string | null {
    const depth = this.depth--;
    if (this.skipFrom) {
      if (depth === this.skipFrom) this.skipFrom = 0;
      return null;
    }
    const name = tag.local;
    if (this.buffer) {
      if (name !== this.bufferOwner || this.codeDepth > 0) {
        if (this.codeDepth > 0) this.codeDepth--;
        else if (depth === this.segMarkDepth) this.segMarkDepth = 0;
        return null;
      }
      this.finishBuffer(name, this.buffer.text);
      this.buffer = null;
      this.segMarkDepth = 0;
      return null;
    }
    switch (name) {
      case "group":
        this.groups.pop();
        return null;
      case "segment":
        if (this.unit && this.segment) this.unit.segments.push(this.segment);
        this.segment = null;
        return null;
      case "trans-unit":
      case "unit":
        if (this.unit) this.emitUnit(this.unit);
        this.unit = null;
        return null;
      default:
        return null;
    }
  }

  private finishBuffer(name: string, value: string): void {
    const unit = this.unit;
    if (!unit) return;
    if (name === "note") {
      if (value.trim()) unit.notes.push({ ...(this.noteFrom ? { from: this.noteFrom } : {}), text: value.trim() });
      return;
    }
    if (this.segment) {
      if (name === "source") this.segment.source = value;
      else this.segment.target = value;
      return;
    }
    if (name === "source") unit.source = value;
    else if (name === "target") unit.target = value;
  }

  private emitUnit(u: NonNullable<XliffState["unit"]>): void {
    const group = this.groups[this.groups.length - 1];
    let sentences: string[] | null;
    let source: string;
    let english: string;
    let status: SetuStatus;
    if (this.version === "2.0") {
      sentences = u.segments.map((s) => s.source);
      source = sentences.join(" ");
      english = u.segments
        .map((s) => s.target ?? "")
        .filter((t) => t.trim() !== "")
        .join(" ");
      status = u.segments.length ? leastAdvanced(u.segments.map((s) => fromXliff20(s.state, s.subState, s.target !== null))) : "draft";
      if (english === "") status = "draft";
    } else {
      sentences = u.segSource && u.segSource.length > 0 ? u.segSource : null;
      source = u.source ?? "";
      english = u.target ?? "";
      status = english.trim() === "" ? "draft" : fromXliff12(u.targetState, u.approved, u.target !== null);
    }
    this.out.push({
      kind: "unit",
      unit: {
        id: u.id,
        sentences,
        source,
        english,
        status,
        notes: u.notes,
        group: group?.key ?? null,
        groupKind: group?.kind ?? "sentence",
        translatable: u.translatable,
      },
    });
  }
}
