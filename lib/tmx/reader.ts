/**
 * Streaming TMX 1.1–1.4 reader. Units are yielded as their </tu> closes, so memory stays flat however
 * large the file: only the units completed by the current chunk are buffered.
 *
 * Security: TMX files come from strangers; lib/xml/safe-parser refuses every DTD subset and entity.
 */
import { AppError } from "@/lib/errors";
import { createSafeXmlParser } from "@/lib/xml/safe-parser";

export interface TmxHeader {
  srcLang: string;
  adminLang: string | null;
  creationTool: string | null;
  creationToolVersion: string | null;
  oTmf: string | null;
  dataType: string | null;
  segType: string | null;
  /** The version attribute of <tmx>, e.g. "1.4" or "1.1". */
  version: string | null;
}

export interface TmxVariant {
  lang: string;
  text: string;
}

export interface TmxReadUnit {
  tuid?: string;
  variants: TmxVariant[];
  /** tu-level props by type; a repeated type keeps its last value. tuv-level props are ignored. */
  props: Record<string, string>;
  /** tu-level notes in document order. */
  notes: string[];
  creationDate?: Date;
  changeDate?: Date;
  creationId?: string;
  changeId?: string;
}

export type TmxEvent = { kind: "header"; header: TmxHeader } | { kind: "unit"; unit: TmxReadUnit };

export interface ReadTmxOptions {
  /** Limit on the UTF-8 size of the text read; exceeding it aborts with TOO_LARGE. */
  maxBytes?: number;
}

// Inline codes carry the original document's formatting markup, not translatable text.
const CODE_ELEMENTS = new Set(["bpt", "ept", "ph", "it", "ut"]);

/**
 * Yields exactly one "header" event (before any unit), then one "unit" event per <tu>.
 * Throws AppError: UNSAFE_XML, MALFORMED_FILE (with line and column in message and details) or TOO_LARGE.
 */
export async function* readTmx(chunks: AsyncIterable<string>, opts: ReadTmxOptions = {}): AsyncGenerator<TmxEvent> {
  const ready: TmxEvent[] = [];
  const state = new ReaderState(ready);
  const xml = createSafeXmlParser(
    {
      open: (tag) => state.open(tag.name, tag.attributes as Record<string, string>),
      text: (text) => state.text(text),
      close: (tag) => state.close(tag.name),
    },
    { label: "TMX", maxBytes: opts.maxBytes },
  );
  for await (const _ of xml.feed(chunks)) yield* ready.splice(0);
  if (!state.sawHeader) throw new AppError("MALFORMED_FILE", "The file has no TMX <header>", { reason: "notTmx" });
}

class ReaderState {
  sawHeader = false;
  private stack: string[] = [];
  private header: TmxHeader | null = null;
  private unit: TmxReadUnit | null = null;
  private variant: TmxVariant | null = null;
  private segDepth = 0;
  private codeDepth = 0;
  private buffer: string | null = null;
  private propType = "";
  private version: string | null = null;

  constructor(private readonly out: TmxEvent[]) {}

  open(name: string, attrs: Record<string, string>): string | null {
    const parent = this.stack[this.stack.length - 1];
    this.stack.push(name);
    if (parent === undefined) {
      if (name !== "tmx") return `The root element is <${name}>, not <tmx>: this is not a TMX file`;
      this.version = attrs.version ?? null;
      return null;
    }
    if (this.segDepth > 0) {
      this.segDepth++;
      if (CODE_ELEMENTS.has(name) || this.codeDepth > 0) this.codeDepth++;
      return null;
    }
    switch (name) {
      case "header":
        if (parent !== "tmx") return null;
        if (!attrs.srclang?.trim()) return "The TMX header has no srclang attribute, so the source language is unknown";
        this.header = {
          srcLang: attrs.srclang.trim(),
          adminLang: attrs.adminlang ?? null,
          creationTool: attrs.creationtool ?? null,
          creationToolVersion: attrs.creationtoolversion ?? null,
          oTmf: attrs["o-tmf"] ?? null,
          dataType: attrs.datatype ?? null,
          segType: attrs.segtype ?? null,
          version: this.version,
        };
        return null;
      case "body":
        if (parent === "tmx" && !this.header) return "The TMX <body> comes before any <header>";
        return null;
      case "tu":
        if (parent !== "body") return null;
        this.unit = {
          ...(attrs.tuid !== undefined && { tuid: attrs.tuid }),
          variants: [],
          props: {},
          notes: [],
          ...optionalDate("creationDate", attrs.creationdate),
          ...optionalDate("changeDate", attrs.changedate),
          ...(attrs.creationid !== undefined && { creationId: attrs.creationid }),
          ...(attrs.changeid !== undefined && { changeId: attrs.changeid }),
        };
        return null;
      case "tuv":
        // TMX 1.1 and 1.2 used a plain lang attribute; 1.3 onwards xml:lang.
        if (parent === "tu" && this.unit) this.variant = { lang: (attrs["xml:lang"] ?? attrs.lang ?? "").trim(), text: "" };
        return null;
      case "seg":
        if (parent === "tuv" && this.variant) {
          this.segDepth = 1;
          this.buffer = "";
        }
        return null;
      case "note":
      case "prop":
        // Only tu-level notes and props are kept; header and tuv ones describe other things.
        if (parent === "tu" && this.unit) {
          this.buffer = "";
          this.propType = attrs.type ?? "";
        }
        return null;
      default:
        return null;
    }
  }

  text(text: string): void {
    if (this.buffer !== null && this.codeDepth === 0) this.buffer += text;
  }

  close(name: string): string | null {
    this.stack.pop();
    if (this.segDepth > 0) {
      this.segDepth--;
      if (this.codeDepth > 0) this.codeDepth--;
      if (this.segDepth > 0) return null;
      if (this.variant) this.variant.text = this.buffer ?? "";
      this.buffer = null;
      return null;
    }
    switch (name) {
      case "header":
        if (this.header && !this.sawHeader) {
          this.sawHeader = true;
          this.out.push({ kind: "header", header: this.header });
        }
        return null;
      case "tuv":
        if (this.unit && this.variant) this.unit.variants.push(this.variant);
        this.variant = null;
        return null;
      case "tu":
        if (this.unit && this.stack[this.stack.length - 1] === "body") {
          this.out.push({ kind: "unit", unit: this.unit });
          this.unit = null;
        }
        return null;
      case "note":
      case "prop":
        if (this.buffer !== null && this.unit && !this.variant) {
          if (name === "note") this.unit.notes.push(this.buffer);
          else this.unit.props[this.propType] = this.buffer;
        }
        this.buffer = null;
        return null;
      default:
        return null;
    }
  }
}

/** Parses a TMX date (YYYYMMDDThhmmssZ); anything else is dropped rather than failing the import. */
export function parseTmxDate(value: string | undefined): Date | undefined {
  const m = value?.trim().match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

function optionalDate<K extends string>(key: K, value: string | undefined): Partial<Record<K, Date>> {
  const date = parseTmxDate(value);
  return date ? ({ [key]: date } as Record<K, Date>) : {};
}
