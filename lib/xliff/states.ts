/**
 * Setu's unit statuses and XLIFF's states, both ways. XLIFF 1.2 says "approved" with an attribute of
 * the trans-unit and progress with the target's state; XLIFF 2.0 has one state per segment, and a
 * subState (prefix:value) for what the four core states cannot say, which is where "rejected" goes.
 */
import type { UnitStatus } from "@/lib/editor/status";

export type SetuStatus = UnitStatus;

export const XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2";
export const XLIFF20_NS = "urn:oasis:names:tc:xliff:document:2.0";
export const REJECTED_SUBSTATE = "setu:rejected";

/** The target's state and the trans-unit's approved flag of XLIFF 1.2. */
export function toXliff12(status: SetuStatus): { state: string; approved: boolean } {
  switch (status) {
    case "draft":
      return { state: "new", approved: false };
    case "translated":
      return { state: "translated", approved: false };
    case "approved":
      return { state: "final", approved: true };
    case "rejected":
      // A reviewer sent it back: the translation must be looked at again.
      return { state: "needs-review-translation", approved: false };
  }
}

/** From XLIFF 1.2: approved="yes" (or a final / signed-off state) is approved; a missing target is a draft. */
export function fromXliff12(state: string | undefined, approved: string | undefined, hasTarget: boolean): SetuStatus {
  if (!hasTarget) return "draft";
  if (approved === "yes" || state === "final" || state === "signed-off") return "approved";
  switch (state) {
    case "new":
    case "needs-translation":
      return "draft";
    case "needs-review-translation":
      return "rejected";
    default:
      // translated, needs-adaptation, needs-l10n, needs-review-adaptation/-l10n, an x- value or none:
      // there is a translation, and nobody has approved it.
      return "translated";
  }
}

/** A segment's state (and subState) in XLIFF 2.0. */
export function toXliff20(status: SetuStatus): { state: string; subState?: string } {
  switch (status) {
    case "draft":
      return { state: "initial" };
    case "translated":
      return { state: "translated" };
    case "approved":
      return { state: "final" };
    case "rejected":
      return { state: "reviewed", subState: REJECTED_SUBSTATE };
  }
}

export function fromXliff20(state: string | undefined, subState: string | undefined, hasTarget: boolean): SetuStatus {
  if (!hasTarget) return "draft";
  switch (state) {
    case "final":
      return "approved";
    case "reviewed":
      return subState === REJECTED_SUBSTATE ? "rejected" : "translated";
    case "initial":
      return "draft";
    default:
      // translated, or no state: a target is there, so it has been translated.
      return "translated";
  }
}

const rank: Record<SetuStatus, number> = { rejected: 0, draft: 1, translated: 2, approved: 3 };

/** A unit of several segments is only as far along as its least advanced segment. */
export function leastAdvanced(statuses: SetuStatus[]): SetuStatus {
  return statuses.reduce((a, b) => (rank[b] < rank[a] ? b : a), "approved" as SetuStatus);
}
