import { z } from "zod";
import type { UnitStatus } from "@/lib/editor/status";

import { documentExportFormats, type ExportFormat, exportFormats } from "@/lib/exchange/formats";

export {
  contentTypes,
  type DocumentExportFormat,
  documentExportFormats,
  type ExportFormat,
  exportFormats,
  fileExtensions,
} from "@/lib/exchange/formats";

/** Query string of the export routes: ?format=tmx|csv|txt&status=approved|all&notes=1|0&langs=bare|full */
export const exportQuery = z.object({
  format: z.enum(exportFormats).default("tmx"),
  status: z.enum(["approved", "all"]).default("approved"),
  notes: z
    .enum(["1", "0"])
    .default("0")
    .transform((v) => v === "1"),
  langs: z
    .enum(["bare", "full"])
    .default("full")
    .transform((v) => v === "bare"),
});

export interface ExportOptions {
  documentIds: string[] | "all";
  /**
   * The projects the caller may read (features/projects visibleProjectIds); null or absent: every project
   * (administrators, the CLI). A named document of another project is "not found", like a missing one.
   */
  projectIds?: string[] | null;
  format: ExportFormat;
  /** "approved": approved units with English; "all": every unit with English. */
  status: "approved" | "all";
  notes: boolean;
  bareLangs: boolean;
  /** The header's creationdate; defaults to now (tests pin it to compare two exports byte for byte). */
  creationDate?: Date;
}

export { unitStatuses } from "@/lib/editor/status";
export type UnitStatusValue = UnitStatus;

export interface TmxImportReport {
  id: string;
  units: number;
  /** <tu> elements read, accepted or not. */
  read: number;
  skipped: Record<string, number>;
  extraLanguages: string[];
  /** Units whose recorded status was above what the importer's role may set (stored as translated). */
  capped: number;
}

/** Query string of the per-document export: exportQuery's options, more formats, and the SRT line length. */
export const documentExportQuery = exportQuery.extend({
  format: z.enum(documentExportFormats).default("tmx"),
  lineLength: z.coerce.number().int().min(20).max(100).default(42),
});

/** The files the import route takes, by extension. */
export const importFormats = ["tmx", "xliff", "docx", "srt"] as const;
export type ImportFormat = (typeof importFormats)[number];

export function importFormatOf(fileName: string): ImportFormat | null {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === "tmx") return "tmx";
  if (ext === "xlf" || ext === "xliff") return "xliff";
  if (ext === "docx") return "docx";
  if (ext === "srt") return "srt";
  return null;
}

/** What an import of any bilingual or structured file reports. */
export interface FileImportReport {
  id: string;
  format: ImportFormat;
  units: number;
  /** Pieces read: translation units, paragraphs with text, cues. */
  read: number;
  /** Why pieces were not imported, or what the file holds that Setu does not read (footnotes …). */
  skipped: Record<string, number>;
  /** Units whose status the importer's role lowered (a translator's approved units arrive translated). */
  capped: number;
  extraLanguages: string[];
}
