import { z } from "zod";
import { entityId, multiLine, rowId } from "@/lib/validation";

export const reviewInput = z
  .object({
    action: z.enum(["approve", "reject", "reopen"]),
    version: z.number().int().nonnegative(),
    comment: multiLine(2_000).optional().default(""),
  })
  .refine((v) => v.action === "approve" || v.comment.length > 0, { error: "reasonRequired", path: ["comment"] });

export const commentInput = z.object({
  body: multiLine(2_000, { min: 1, error: "commentEmpty" }),
  parentId: rowId.nullable().optional(),
});

export const bulkApproveInput = z.object({
  /** Skip units with an open QA error (any check; term issues are errors). */
  withoutQaErrors: z.boolean().optional().default(false),
  /** The older name of withoutQaErrors, still accepted. */
  withoutTermIssues: z.boolean().optional().default(false),
  withoutOpenComments: z.boolean().optional().default(false),
});

export const auditQuery = z.object({
  documentId: entityId.optional(),
  userId: entityId.optional(),
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});
