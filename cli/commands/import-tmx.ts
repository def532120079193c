import { AppError } from "@/lib/errors";

export async function runTmxImport(_bytes: Uint8Array, _title: string): Promise<void> {
  throw new AppError("BAD_INPUT", "TMX import is not available yet.");
}
