"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { ModalDialog } from "@/features/shell/components/modal-dialog";
import type { CommentKind } from "@/generated/prisma/enums";
import { api, type CommentView } from "./api";

/** Threaded comments of one unit: reply, resolve, reopen. */
export function CommentsDialog({ unitId, number, onClose }: { unitId: number; number: number; onClose: (changed: boolean) => void }) {
  const t = useTranslations("editor");
  const format = useFormatter();
  const [comments, setComments] = useState<CommentView[] | null>(null);
  const [body, setBody] = useState("");
  const [replyTo, setReplyTo] = useState<number | null>(null);
  const [changed, setChanged] = useState(false);
  const load = useCallback(async () => {
    const result = await api.comments(unitId);
    setComments(result.ok ? result.data : []);
  }, [unitId]);
  useEffect(() => {
    void load();
  }, [load]);
  const roots = (comments ?? []).filter((c) => c.parentId === null);
  const replies = (id: number) => (comments ?? []).filter((c) => c.parentId === id);
  // A plain comment needs no label; a review action's reason says which action it was.
  const kindLabel = (kind: CommentKind) => (kind === "comment" ? null : t(`commentKind_${kind}`));
  return (
    <ModalDialog label={t("commentsTitle", { n: number })} onClose={() => onClose(changed)}>
      <h2>{t("commentsTitle", { n: number })}</h2>
      {comments === null ? (
        <p>{t("loading")}</p>
      ) : roots.length === 0 ? (
        <p className="muted">{t("noComments")}</p>
      ) : (
        <ul className="comment-threads" data-testid="comments">
          {roots.map((c) => (
            <li key={c.id} className={c.resolved ? "resolved" : ""}>
              <div className="muted">
                {c.author} · {format.dateTime(new Date(c.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                {kindLabel(c.kind) && <strong> · {kindLabel(c.kind)}</strong>}
                {c.resolved && <span> · {t("resolved")}</span>}
              </div>
              <p>{c.body}</p>
              <ul>
                {replies(c.id).map((r) => (
                  <li key={r.id}>
                    <span className="muted">{r.author}:</span> {r.body}
                  </li>
                ))}
              </ul>
              <div className="inline-form">
                <button type="button" onClick={() => setReplyTo(c.id)}>
                  {t("reply")}
                </button>
                <button
                  type="button"
                  onClick={async () => {
                    await api.resolveComment(c.id, !c.resolved);
                    setChanged(true);
                    await load();
                  }}
                >
                  {c.resolved ? t("reopenComment") : t("resolve")}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form
        className="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!body.trim()) return;
          const result = await api.addComment(unitId, body.trim(), replyTo);
          if (result.ok) {
            setBody("");
            setReplyTo(null);
            setChanged(true);
            await load();
          }
        }}
      >
        <label>
          {replyTo ? t("replyLabel") : t("newComment")}
          <textarea rows={2} value={body} onChange={(e) => setBody(e.target.value)} maxLength={2000} />
        </label>
        <div className="inline-form">
          <button type="submit" className="primary" disabled={!body.trim()}>
            {t("addComment")}
          </button>
          <button type="button" onClick={() => onClose(changed)}>
            {t("close")}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
