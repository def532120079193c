/**
 * The one way Setu parses XML from strangers (TMX, XLIFF, the parts of a DOCX): saxes, fed in chunks,
 * with every DTD and entity refused.
 *
 * saxes never fetches external entities or DTDs, but we also refuse any internal DTD subset (the
 * carrier of XXE and "billion laughs") and any entity reference beyond the five predefined ones,
 * rather than trusting that nothing downstream expands them.
 */
import { SaxesParser, type SaxesTagNS, type SaxesTagPlain } from "saxes";
import { AppError } from "@/lib/errors";

/** Callbacks of a reader; open and close return a problem message to abort with MALFORMED_FILE. */
export interface SafeXmlHandlers<Tag> {
  open(tag: Tag): string | null;
  text(text: string): void;
  close(tag: Tag): string | null;
}

export interface SafeXmlOptions {
  /** Resolve namespaces (tag.uri, tag.local); off for formats whose names are matched as written. */
  xmlns?: boolean;
  /** Limit on the UTF-8 size of the text read; exceeding it aborts with TOO_LARGE. */
  maxBytes?: number;
  /** The kind of file, for messages ("TMX", "XLIFF"). */
  label: string;
}

export type NsTag = SaxesTagNS;
export type PlainTag = SaxesTagPlain;

export interface SafeXmlParser {
  readonly parser: SaxesParser;
  /**
   * Writes the chunks one by one and yields after each (so that a reader can hand on what the chunk
   * completed) and once more after the end of the input.
   */
  feed(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<void>;
}

export function createSafeXmlParser(handlers: SafeXmlHandlers<NsTag>, opts: SafeXmlOptions & { xmlns: true }): SafeXmlParser;
export function createSafeXmlParser(handlers: SafeXmlHandlers<PlainTag>, opts: SafeXmlOptions & { xmlns?: false }): SafeXmlParser;
export function createSafeXmlParser(handlers: SafeXmlHandlers<NsTag> | SafeXmlHandlers<PlainTag>, opts: SafeXmlOptions): SafeXmlParser {
  const parser = new SaxesParser({ position: true, xmlns: opts.xmlns ?? false });
  const h = handlers as SafeXmlHandlers<NsTag | PlainTag>;
  parser.on("error", (err) => {
    throw /undefined entity|disallowed character in entity name/.test(err.message)
      ? new AppError("UNSAFE_XML", `Entity references other than the XML built-ins are not allowed (${err.message})`, {
          reason: "xmlEntities",
        })
      : xmlProblem(parser, `Malformed XML: ${err.message.replace(/^\d+:\d+: /, "")}`);
  });
  parser.on("doctype", (doctype) => {
    // An internal subset is the only place entities can be declared; external DTDs are never fetched.
    if (doctype.includes("[") || /<!ENTITY/i.test(doctype)) {
      throw new AppError("UNSAFE_XML", "The file declares a DTD internal subset or entities, which is not allowed", {
        reason: "xmlEntities",
      });
    }
  });
  parser.on("opentag", (tag) => {
    const problem = h.open(tag as NsTag | PlainTag);
    if (problem) throw xmlProblem(parser, problem);
  });
  parser.on("text", (text) => h.text(text));
  parser.on("cdata", (text) => h.text(text));
  parser.on("closetag", (tag) => {
    const problem = h.close(tag as NsTag | PlainTag);
    if (problem) throw xmlProblem(parser, problem);
  });

  async function* feed(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<void> {
    let bytes = 0;
    for await (const chunk of chunks) {
      if (opts.maxBytes !== undefined) {
        bytes += utf8Length(chunk);
        if (bytes > opts.maxBytes) {
          throw new AppError("TOO_LARGE", `The ${opts.label} file is larger than ${opts.maxBytes} bytes`, {
            reason: "fileTooLarge",
            limit: opts.maxBytes,
          });
        }
      }
      parser.write(chunk);
      yield;
    }
    parser.close();
    yield;
  }
  return { parser, feed };
}

/** A MALFORMED_FILE at the parser's current line and column. */
export function xmlProblem(parser: SaxesParser, message: string): AppError {
  return new AppError("MALFORMED_FILE", `${message} (line ${parser.line}, column ${parser.column})`, {
    reason: "xmlMalformed",
    line: parser.line,
    column: parser.column,
  });
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    // A surrogate pair is 4 bytes in total: count 2 for each half.
    else if (c >= 0xd800 && c <= 0xdfff) n += 2;
    else n += 3;
  }
  return n;
}
