/** The formats of the whole-library export (TMX, CSV, aligned text). */
export const exportFormats = ["tmx", "csv", "txt"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Formats of one document's export: the exchange formats plus the files translators deliver. */
export const documentExportFormats = [...exportFormats, "xliff12", "xliff20", "docx", "srt"] as const;
export type DocumentExportFormat = (typeof documentExportFormats)[number];

export const contentTypes: Record<DocumentExportFormat, string> = {
  tmx: "application/x-tmx+xml; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  xliff12: "application/xliff+xml; charset=utf-8",
  xliff20: "application/xliff+xml; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  srt: "application/x-subrip; charset=utf-8",
};

export const fileExtensions: Record<DocumentExportFormat, string> = {
  tmx: "tmx",
  csv: "csv",
  txt: "txt",
  xliff12: "xlf",
  xliff20: "xlf",
  docx: "docx",
  srt: "srt",
};
