/**
 * Opens a .docx (an OPC zip) with fflate, refusing what Setu will not read: anything that is not a
 * zip, an encrypted document (Word stores those as an OLE compound file), a document with macros,
 * and zip bombs (more entries, or more uncompressed bytes, than any real document has; the sizes
 * are checked before anything is inflated, and inflating never writes past the declared size).
 */
import { type Unzipped, unzipSync } from "fflate";
import { AppError } from "@/lib/errors";

export interface DocxLimits {
  /** Uncompressed bytes of all entries that are inflated. */
  maxUncompressed: number;
  maxEntries: number;
}

export const DEFAULT_DOCX_LIMITS: DocxLimits = { maxUncompressed: 256 * 1024 * 1024, maxEntries: 5000 };
// Deflate reaches about 1000:1 at best; real Word XML compresses 5–20:1.
const MAX_RATIO = 200;
const RATIO_FLOOR = 1024 * 1024;

export const MAIN_PART = "word/document.xml";

const refuse = (reason: "notDocx" | "encrypted" | "macros" | "zipBomb", message: string) => new AppError("BAD_INPUT", message, { reason });

/**
 * Inflates the entries `wanted` accepts (all by default). Throws BAD_INPUT with a reason:
 * notDocx, encrypted, macros, or TOO_LARGE for a zip bomb.
 */
export function openDocx(
  bytes: Uint8Array,
  limits: DocxLimits = DEFAULT_DOCX_LIMITS,
  wanted: (name: string) => boolean = () => true,
): { files: Unzipped; names: string[] } {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw refuse(
      "encrypted",
      "The file is a password-protected Word document (or an old .doc). Remove the password and save it as .docx, then import it again.",
    );
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw refuse("notDocx", "The file is not a .docx (Word) document.");
  }
  let entries = 0;
  let total = 0;
  const names: string[] = [];
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (++entries > limits.maxEntries) {
          throw new AppError("TOO_LARGE", `The .docx holds more than ${limits.maxEntries} parts; refused as a possible zip bomb.`, {
            reason: "zipBomb",
          });
        }
        if (/(^|\/)vbaProject\.bin$|(^|\/)vbaData\.xml$/i.test(file.name)) {
          throw refuse("macros", "The document contains macros (VBA). Save it as a plain .docx without macros, then import it again.");
        }
        names.push(file.name);
        // Every part counts, inflated or not: the writer inflates them all.
        total += file.originalSize;
        const ratio = file.originalSize / Math.max(1, file.size);
        if (total > limits.maxUncompressed || (file.originalSize > RATIO_FLOOR && ratio > MAX_RATIO)) {
          throw new AppError(
            "TOO_LARGE",
            `The .docx expands to more than ${limits.maxUncompressed} bytes; refused as a possible zip bomb.`,
            {
              reason: "zipBomb",
            },
          );
        }
        return wanted(file.name);
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse("notDocx", "The .docx file is damaged: its zip structure cannot be read.");
  }
  const types = files["[Content_Types].xml"];
  if (types && /macroEnabled/i.test(new TextDecoder().decode(types))) {
    throw refuse("macros", "The document is macro-enabled (.docm). Save it as a plain .docx without macros, then import it again.");
  }
  if (!names.includes(MAIN_PART)) throw refuse("notDocx", "The file is a zip but not a Word document: it has no word/document.xml.");
  return { files, names };
}

/** Decodes an XML part in pieces, so that a 40 MB document.xml never becomes one string. */
export function* xmlChunks(part: Uint8Array, size = 1 << 20): Iterable<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for (let i = 0; i < part.length; i += size) yield decoder.decode(part.subarray(i, i + size), { stream: true });
    yield decoder.decode();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("NOT_UTF8", "A part of the .docx is not valid UTF-8.", { reason: "notUtf8" });
  }
}
