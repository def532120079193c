/**
 * Turns the raw bytes of an uploaded XML file into text chunks for the streaming TMX reader.
 * Older CAT tools (notably some Trados and Wordfast versions) export TMX as UTF-16 with a BOM, so the
 * encoding is sniffed from the first bytes rather than trusted from the XML declaration.
 */
import { AppError } from "@/lib/errors";

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

function sniff(head: Uint8Array): Encoding {
  const [a, b, c, d] = head;
  if (a === 0xff && b === 0xfe) return "utf-16le";
  if (a === 0xfe && b === 0xff) return "utf-16be";
  // BOM-less UTF-16 still starts with "<?" or "<t" with a zero byte beside each ASCII character.
  if (a === 0x3c && b === 0x00 && c !== 0x00 && d === 0x00) return "utf-16le";
  if (a === 0x00 && b === 0x3c && c === 0x00 && d !== 0x00) return "utf-16be";
  return "utf-8";
}

export async function* decodeXmlChunks(bytes: AsyncIterable<Uint8Array>): AsyncIterable<string> {
  let head: Uint8Array = new Uint8Array(0);
  let decoder: TextDecoder | null = null;
  let encoding: Encoding = "utf-8";

  const decode = (active: TextDecoder, chunk?: Uint8Array): string => {
    try {
      // The default ignoreBOM: false makes TextDecoder drop a BOM that matches its encoding.
      return chunk ? active.decode(chunk, { stream: true }) : active.decode();
    } catch {
      throw new AppError(
        "NOT_UTF8",
        encoding === "utf-8" ? "The file is not valid UTF-8" : `The file is not valid ${encoding.toUpperCase()}`,
        { reason: "badEncoding", encoding: encoding.toUpperCase() },
      );
    }
  };

  for await (const chunk of bytes) {
    if (!decoder) {
      // Wait for four bytes so that a BOM split across tiny chunks is still recognised.
      head = concat(head, chunk);
      if (head.length < 4) continue;
      encoding = sniff(head);
      decoder = new TextDecoder(encoding, { fatal: true });
      const text = decode(decoder, head);
      if (text) yield text;
      continue;
    }
    const text = decode(decoder, chunk);
    if (text) yield text;
  }
  if (!decoder) {
    encoding = sniff(head);
    decoder = new TextDecoder(encoding, { fatal: true });
    const text = decode(decoder, head);
    if (text) yield text;
  }
  const rest = decode(decoder);
  if (rest) yield rest;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
