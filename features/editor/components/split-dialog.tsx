"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ModalDialog } from "@/features/shell/components/modal-dialog";
import { defaultEnglishSplit, splitEnglishAt } from "@/lib/editor/split";
import type { EditorUnit } from "../types";

/** Chooses the Hindi sentence boundary and how the English divides, pre-filled with a sensible default. */
export function SplitDialog({
  unit,
  number,
  english,
  onConfirm,
  onCancel,
}: {
  unit: EditorUnit;
  number: number;
  english: string;
  onConfirm: (at: number, first: string, second: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("editor");
  const hindi = unit.hindi.map((s) => s.text);
  const [at, setAt] = useState(unit.first + 1);
  const initial = (position: number) => splitEnglishAt(english, defaultEnglishSplit(hindi, english, position - unit.first));
  const [parts, setParts] = useState<[string, string]>(() => initial(unit.first + 1));
  return (
    <ModalDialog label={t("splitTitle", { n: number })} onClose={onCancel}>
      <h2>{t("splitTitle", { n: number })}</h2>
      <label>
        {t("splitBefore")}
        <select
          data-autofocus
          value={at}
          onChange={(e) => {
            const position = Number(e.target.value);
            setAt(position);
            setParts(initial(position));
          }}
        >
          {unit.hindi.slice(1).map((s) => (
            <option key={s.position} value={s.position} lang="hi">
              {s.position + 1}: {s.text.slice(0, 60)}
            </option>
          ))}
        </select>
      </label>
      <div className="split-preview" lang="hi">
        <p>
          {unit.hindi
            .filter((s) => s.position < at)
            .map((s) => s.text)
            .join(" ")}
        </p>
        <p>
          {unit.hindi
            .filter((s) => s.position >= at)
            .map((s) => s.text)
            .join(" ")}
        </p>
      </div>
      <label>
        {t("englishFirst")}
        <textarea lang="en" rows={3} value={parts[0]} onChange={(e) => setParts([e.target.value, parts[1]])} />
      </label>
      <label>
        {t("englishSecond")}
        <textarea lang="en" rows={3} value={parts[1]} onChange={(e) => setParts([parts[0], e.target.value])} />
      </label>
      <div className="inline-form">
        <button type="button" className="primary" onClick={() => onConfirm(at, parts[0], parts[1])}>
          {t("confirmSplit")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </ModalDialog>
  );
}
