import { z } from "zod";

export const reviewInput = z
  .object({
    action: z.enum(["approve", "reject", "reopen"]),
    version: z.number().int().nonnegative(),
    comment: z.string().trim().max(2_000).optional().default(""),
  })
  .refine((v) => v.action === "approve" || v.comment.length > 0, { error: "reasonRequired", path: ["comment"] });

export const commentInput = z.object({
  body: z.string().trim().min(1, { error: "commentEmpty" }).max(2_000),
  parentId: z.number().int().positive().nullable().optional(),
});

export const bulkApproveInput = z.object({
  withoutTermIssues: z.boolean().optional().default(false),
  withoutOpenComments: z.boolean().optional().default(false),
});

export const auditQuery = z.object({
  documentId: z.string().max(64).optional(),
  userId: z.string().max(64).optional(),
  before: z.coerce.number().int().positive().optional(),
});
