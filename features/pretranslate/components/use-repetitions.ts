"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ApiResult } from "@/features/editor/components/api";
import type { EditorUnit, StructureResult } from "@/features/editor/types";
import type { PropagateResult } from "../types";
import { requestJson } from "./request";

export interface RepetitionOffer {
  unitId: number;
  version: number;
  english: string;
  count: number;
}

/**
 * Propagation in the editor: after a unit is confirmed (Ctrl+Enter), ask the server for its
 * untranslated repetitions in the document; when there are some, offer its English to them. One
 * click (or Alt+Shift+P, anywhere in the editor) fills them all in one transaction and one undo
 * entry; the answer goes through the editor's own apply, as a structural answer does.
 */
export function useRepetitions(options: {
  unitOf: (id: number) => EditorUnit | undefined;
  apply: (result: ApiResult<StructureResult>, focusId: number | null) => Promise<boolean>;
}) {
  const [offer, setOffer] = useState<RepetitionOffer | null>(null);
  const latest = useRef(options);
  latest.current = options;

  const check = useCallback(async (unitId: number) => {
    const unit = latest.current.unitOf(unitId);
    if (!unit || unit.english.trim() === "" || (unit.status !== "translated" && unit.status !== "approved")) return;
    const result = await requestJson<{ units: number[] }>(`/api/units/${unitId}/repetitions`);
    if (!result.ok || result.data.units.length === 0) return;
    setOffer({ unitId, version: unit.version, english: unit.english, count: result.data.units.length });
  }, []);

  const dismiss = useCallback(() => setOffer(null), []);

  const accept = useCallback(async () => {
    if (!offer) return;
    setOffer(null);
    const result = await requestJson<PropagateResult>(`/api/units/${offer.unitId}/propagate`, { version: offer.version });
    await latest.current.apply(result, null);
  }, [offer]);

  useEffect(() => {
    if (!offer) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.shiftKey && !event.ctrlKey && event.code === "KeyP") {
        event.preventDefault();
        void accept();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [accept, offer]);

  return { offer, check, accept, dismiss };
}
