import type { CommentKind } from "@/generated/prisma/enums";

/** A comment as the editor's comment thread shows it. */
export interface CommentView {
  id: number;
  parentId: number | null;
  kind: CommentKind;
  body: string;
  resolved: boolean;
  author: string;
  createdAt: string;
}
