"use client";

import { useTranslations } from "next-intl";
import type { RepetitionOffer as Offer } from "./use-repetitions";

/** The offer to give a confirmed unit's English to its untranslated repetitions (see useRepetitions). */
export function RepetitionOffer({ offer, onAccept, onDismiss }: { offer: Offer | null; onAccept: () => void; onDismiss: () => void }) {
  const t = useTranslations("propagate");
  if (!offer) return null;
  return (
    <div className="notice repetition-offer" role="status" data-testid="repetition-offer">
      <span>{t("offer", { count: offer.count })}</span>{" "}
      <button type="button" className="primary" onClick={onAccept}>
        {t("accept")}
      </button>{" "}
      <button type="button" className="link-button" onClick={onDismiss}>
        {t("dismiss")}
      </button>
    </div>
  );
}
