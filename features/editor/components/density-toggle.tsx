"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

const STORAGE_KEY = "setu.editor.density";

/**
 * Comfortable (the default) or compact rows, remembered in this browser. The choice is a data
 * attribute on <html> that the stylesheet reads; the virtual list re-measures rows by itself.
 */
export function DensityToggle() {
  const t = useTranslations("editor");
  const [compact, setCompact] = useState(false);
  useEffect(() => {
    setCompact(window.localStorage.getItem(STORAGE_KEY) === "compact");
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    if (compact) root.dataset.density = "compact";
    else delete root.dataset.density;
    return () => {
      delete root.dataset.density;
    };
  }, [compact]);
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={compact}
        onChange={(e) => {
          setCompact(e.target.checked);
          window.localStorage.setItem(STORAGE_KEY, e.target.checked ? "compact" : "comfortable");
        }}
      />
      {t("compactView")}
    </label>
  );
}
