import { AppError } from "@/lib/errors";

/**
 * Turns the bytes of an uploaded text file into a string, or fails with a code the UI can explain.
 * Silent replacement characters (U+FFFD) would corrupt translation memory without anyone noticing,
 * which is why decoding is fatal rather than lenient.
 */

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const SNIFF_BYTES = 8 * 1024;
// Real text in any language has almost no C0 controls; a tenth is far beyond what stray escape
// codes in a log file produce, yet well below what compressed or image data shows.
const MAX_CONTROL_RATIO = 0.1;

export interface DecodeOptions {
  maxBytes?: number;
}

export function decodeTextFile(bytes: Uint8Array, opts: DecodeOptions = {}): string {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new AppError("TOO_LARGE", `File is ${bytes.length} bytes; the limit is ${maxBytes} bytes.`, {
      reason: "fileTooLarge",
      size: bytes.length,
      limit: maxBytes,
    });
  }

  // UTF-16 text is full of NUL bytes, so its BOM must be recognised before the binary sniff.
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return finish(decodeUtf16(bytes.subarray(2), "le"));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return finish(decodeUtf16(bytes.subarray(2), "be"));
  }

  if (looksBinary(bytes)) {
    throw new AppError("BINARY_FILE", "File looks binary (NUL bytes or many control characters), not text.", { reason: "binaryFile" });
  }

  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    // ignoreBOM: true because we already removed exactly one BOM; a second one is content.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const offset = firstInvalidUtf8Offset(body) + (body === bytes ? 0 : 3);
    throw new AppError("NOT_UTF8", `File is not valid UTF-8: invalid byte sequence at byte offset ${offset}.`, {
      reason: "notUtf8",
      offset,
    });
  }
  return finish(text);
}

function finish(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    // Tab, LF, FF and CR are ordinary in text files.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) controls++;
  }
  return controls / n > MAX_CONTROL_RATIO;
}

function decodeUtf16(body: Uint8Array, endian: "le" | "be"): string {
  let text: string;
  try {
    text = new TextDecoder(endian === "le" ? "utf-16le" : "utf-16be", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new AppError("NOT_UTF8", `File has a UTF-16 ${endian.toUpperCase()} byte order mark but is not valid UTF-16.`, {
      reason: "notUtf16",
    });
  }
  if (text.includes("\u0000")) {
    throw new AppError("BINARY_FILE", "File looks binary (NUL characters), not text.", { reason: "binaryFile" });
  }
  return text;
}

/** Byte offset where the first ill-formed UTF-8 sequence starts (RFC 3629 rules), or -1. */
export function firstInvalidUtf8Offset(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    // The second byte carries the overlong, surrogate and > U+10FFFF restrictions.
    let lo = 0x80;
    let hi = 0xbf;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f;
    else if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
    if (i + 1 >= b.length || b[i + 1] < lo || b[i + 1] > hi) return i;
    for (let k = 2; k <= need; k++) {
      if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}
