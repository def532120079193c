/** A comment as the editor's comment thread shows it. */
export interface CommentView {
  id: number;
  parentId: number | null;
  kind: string;
  body: string;
  resolved: boolean;
  author: string;
  createdAt: string;
}
