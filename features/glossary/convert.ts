import type { TermStatus } from "@/lib/glossary/types";
import type { DbTermStatus } from "./schema";

/** The database enum cannot hold a hyphen; lib/glossary and the file formats use "do-not-translate". */
export function toLibStatus(status: DbTermStatus): TermStatus {
  return status === "do_not_translate" ? "do-not-translate" : status;
}

export function toDbStatus(status: TermStatus): DbTermStatus {
  return status === "do-not-translate" ? "do_not_translate" : status;
}
