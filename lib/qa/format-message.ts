/**
 * QA messages outside React (the CSV, the CLI): the same ICU messages the screens use, through
 * next-intl's own translator, so the words in a download are the words on the page.
 */
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import type { QaCheckId, QaCode, QaParams, QaSeverity } from "./types";

export type QaLocale = "en" | "hi";

const translators = {
  en: createTranslator({ locale: "en", messages: en, namespace: "qa" }),
  hi: createTranslator({ locale: "hi", messages: hi, namespace: "qa" }),
};

export function formatQaMessage(locale: QaLocale, code: QaCode, params: QaParams): string {
  return translators[locale](`codes.${code}`, params);
}

export function qaCheckName(locale: QaLocale, check: QaCheckId): string {
  return translators[locale](`checks.${check}`);
}

export function qaSeverityName(locale: QaLocale, severity: QaSeverity): string {
  return translators[locale](`severity.${severity}`);
}
