import { readFile } from "node:fs/promises";
import { AppError } from "@/lib/errors";
import { uploadLimitBytes } from "@/lib/server/env";
import { PARAGRAPH_MODES, type ParagraphMode, paragraphModeFor } from "@/lib/text/segment";

/** Reads a file (or standard input for "-" / no argument) as bytes, with a clear error when missing. */
export async function readInputBytes(file: string | undefined): Promise<Uint8Array> {
  if (!file || file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  }
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new AppError("NOT_FOUND", `${file}: no such file.`, { reason: "fileNotFound", file });
    if (code === "EISDIR") throw new AppError("BAD_INPUT", `${file} is a directory, not a file.`, { reason: "notAFile", file });
    throw new AppError("BAD_INPUT", `${file}: cannot read (${code}).`, { reason: "fileUnreadable", file });
  }
}

/** The same limit as the web's uploads (SETU_MAX_UPLOAD_MB). */
export const maxUploadBytes = uploadLimitBytes;

/** `--paragraphs auto|line|blank` (auto when absent; markdown files keep blank-line paragraphs). */
export function paragraphsOption(value: string | undefined, fileName: string | undefined): ParagraphMode {
  const mode = value ?? "auto";
  if (!(PARAGRAPH_MODES as readonly string[]).includes(mode)) {
    throw new AppError("BAD_INPUT", `--paragraphs must be one of ${PARAGRAPH_MODES.join(", ")} (got "${mode}").`, { reason: "cliUsage" });
  }
  return paragraphModeFor(mode as ParagraphMode, fileName ?? "");
}
