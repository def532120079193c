/**
 * The unit status rules, in one place for the editor, the review workflow and bulk operations.
 * draft → translated → approved, or rejected (with a reason) back to the translator.
 */
// The one definition of a unit's statuses and a user's roles (schema.prisma's enums of the same
// names must agree: lib/server/prisma.ts checks that at compile time).
export const unitStatuses = ["draft", "translated", "approved", "rejected"] as const;
export type UnitStatus = (typeof unitStatuses)[number];
export const roles = ["translator", "reviewer", "admin"] as const;
export type Role = (typeof roles)[number];

export const MAX_ENGLISH_LENGTH = 10_000;

/** Aligned units below this confidence are flagged for a translator to check. */
export const LOW_CONFIDENCE = 0.5;

export function isReviewer(role: Role): boolean {
  return role === "reviewer" || role === "admin";
}

/**
 * Status after saving English. Saving never promotes by itself except when the translator marks
 * the unit translated; an empty text falls back to draft. A reviewer editing an approved unit
 * keeps it approved (their edit is the review).
 */
export function statusAfterEdit(current: UnitStatus, english: string, markTranslated: boolean, role: Role): UnitStatus {
  if (english.trim() === "") return "draft";
  if (current === "approved") return isReviewer(role) ? "approved" : "translated";
  if (markTranslated) return "translated";
  return current;
}

/** Any change to the Hindi side (merge, split, move) takes a unit out of approved. */
export function statusAfterRealignment(statuses: UnitStatus[], english: string): UnitStatus {
  if (english.trim() === "") return "draft";
  if (statuses.includes("rejected")) return "rejected";
  if (statuses.includes("draft")) return "draft";
  return "translated";
}
