import { z } from "zod";
import { qaCheckIds, qaSeverities } from "@/lib/qa/types";
import { multiLine, singleLine } from "@/lib/validation";

const version = z.number().int().nonnegative();

/** Ignore one issue of one unit (key from the unit's issue list), saying why. */
export const ignoreQaInput = z.object({
  key: singleLine(200, { min: 1 }),
  version,
  reason: multiLine(500, { min: 1, error: "reasonRequired" }),
});

/** Show an ignored issue again. */
export const unignoreQaInput = z.object({ key: singleLine(200, { min: 1 }), version });

/** The unit QA route's body: ignore an issue, or show it again. */
export const unitQaActionInput = z.discriminatedUnion("action", [
  ignoreQaInput.extend({ action: z.literal("ignore") }),
  unignoreQaInput.extend({ action: z.literal("unignore") }),
]);

export const qaSettingsInput = z.object({ blockApproval: z.boolean() });

/** A project's "no approval while errors are open": on, off, or null to follow the instance. */
export const projectQaSettingsInput = z.object({ blockApproval: z.boolean().nullable() });
export const projectQaSettingsActionInput = projectQaSettingsInput.extend({ projectId: singleLine(100, { min: 1 }) });

export const qaReportQuery = z.object({
  check: z.enum(qaCheckIds).optional(),
  severity: z.enum(qaSeverities).optional(),
  ignored: z.coerce.boolean().optional(),
  page: z.coerce.number().int().positive().max(100_000).optional(),
});

export const qaDownloadQuery = qaReportQuery.extend({
  format: z.enum(["json", "csv"]).optional().default("json"),
  locale: z.enum(["en", "hi"]).optional().default("en"),
});
export type QaReportQuery = z.infer<typeof qaReportQuery>;
