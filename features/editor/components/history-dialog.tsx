"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ModalDialog } from "@/features/shell/components/modal-dialog";
import type { UnitStatus } from "@/lib/editor/status";
import { api } from "./api";

type Version = { version: number; english: string; status: UnitStatus; author: string | null; createdAt: string };

export function HistoryDialog({
  unitId,
  number,
  onRestore,
  onClose,
}: {
  unitId: number;
  number: number;
  onRestore: (english: string) => void;
  onClose: () => void;
}) {
  const t = useTranslations("editor");
  const format = useFormatter();
  const [versions, setVersions] = useState<Version[] | null>(null);
  useEffect(() => {
    void api.history(unitId).then((result) => setVersions(result.ok ? result.data : []));
  }, [unitId]);
  return (
    <ModalDialog label={t("historyTitle", { n: number })} onClose={onClose}>
      <h2>{t("historyTitle", { n: number })}</h2>
      {versions === null ? (
        <p>{t("loading")}</p>
      ) : versions.length === 0 ? (
        <p>{t("noHistory")}</p>
      ) : (
        <ol className="history-list" data-testid="history">
          {versions.map((v) => (
            <li key={`${v.version}-${v.createdAt}`}>
              <div className="muted">
                {t("version", { v: v.version })} · {t(`status_${v.status}`)} · {v.author ?? "—"} ·{" "}
                {format.dateTime(new Date(v.createdAt), { dateStyle: "medium", timeStyle: "medium" })}
              </div>
              <div lang="en">{v.english || "—"}</div>
              <button type="button" onClick={() => onRestore(v.english)}>
                {t("restore")}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" onClick={onClose} data-autofocus>
        {t("close")}
      </button>
    </ModalDialog>
  );
}
