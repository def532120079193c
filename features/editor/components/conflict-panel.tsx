"use client";

import { useTranslations } from "next-intl";
import type { Draft, SaveState } from "./unit-row";

/**
 * A save that met someone else's (both texts, the translator chooses) or a unit that is gone
 * (merged or split by someone else: reload the units).
 */
export function ConflictPanel({
  state,
  conflict,
  onResolve,
  onReload,
}: {
  state: SaveState;
  conflict: Draft["conflict"];
  onResolve: (choice: "theirs" | "mine") => void;
  onReload: () => void;
}) {
  const t = useTranslations("editor");
  return (
    <>
      {state === "conflict" && conflict && (
        <div className="conflict panel" role="alert" data-testid="conflict">
          <strong>{t("conflictTitle", { author: conflict.author ?? "?" })}</strong>
          <p>
            {t("conflictTheirs")}:{" "}
            <q lang="en" data-testid="conflict-theirs">
              {conflict.english}
            </q>
          </p>
          <p className="muted">{t("conflictYours")}</p>
          <div className="inline-form">
            <button type="button" onClick={() => onResolve("theirs")}>
              {t("useTheirs")}
            </button>
            <button type="button" className="primary" onClick={() => onResolve("mine")}>
              {t("keepMine")}
            </button>
          </div>
        </div>
      )}
      {state === "gone" && (
        <div className="conflict panel" role="alert">
          <strong>{t("goneTitle")}</strong>
          <p className="muted">{t("goneBody")}</p>
          <button type="button" onClick={onReload}>
            {t("reloadUnits")}
          </button>
        </div>
      )}
    </>
  );
}
