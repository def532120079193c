import { z } from "zod";

export const exportFormats = ["tmx", "csv", "txt"] as const;
export type ExportFormat = (typeof exportFormats)[number];

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
  format: ExportFormat;
  /** "approved": approved units with English; "all": every unit with English. */
  status: "approved" | "all";
  notes: boolean;
  bareLangs: boolean;
  /** The header's creationdate; defaults to now (tests pin it to compare two exports byte for byte). */
  creationDate?: Date;
}

export const unitStatuses = ["draft", "translated", "approved", "rejected"] as const;
export type UnitStatusValue = (typeof unitStatuses)[number];

export interface TmxImportReport {
  id: string;
  units: number;
  /** <tu> elements read, accepted or not. */
  read: number;
  skipped: Record<string, number>;
  extraLanguages: string[];
}

export const contentTypes: Record<ExportFormat, string> = {
  tmx: "application/x-tmx+xml; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  txt: "text/plain; charset=utf-8",
};
