import type { Role, UnitStatus } from "@/lib/editor/status";
import { isQaCheckId, type QaCheckId, type QaSeverity, qaSeverities } from "@/lib/qa/types";

const isQaSeverity = (value: string): value is QaSeverity => (qaSeverities as readonly string[]).includes(value);

/**
 * Turns an audit entry's stored `details` (JSON written by each mutation) into fields a person can
 * read: statuses, roles and directions as codes the page translates, internal unit ids as the unit
 * numbers the editor shows, and ids that mean nothing to a reader (comment, entry, document) left out.
 * Keys this module does not know still appear, as plain text under their own name, so nothing a
 * newer mutation records is hidden.
 */

/** Audit actions with a translated name, each mapped to its message key (next-intl keys cannot hold dots). */
export const AUDIT_ACTIONS = {
  "unit.edit": "unitEdit",
  "unit.edit+status": "unitEditStatus",
  "unit.merge": "unitMerge",
  "unit.split": "unitSplit",
  "unit.move": "unitMove",
  "unit.approve": "unitApprove",
  "unit.reject": "unitReject",
  "unit.reopen": "unitReopen",
  "unit.reopen-request": "unitReopenRequest",
  "unit.bulk-approve": "unitBulkApprove",
  "unit.replace-all": "unitReplaceAll",
  "unit.undo-merge": "unitUndoMerge",
  "unit.undo-split": "unitUndoSplit",
  "unit.undo-move": "unitUndoMove",
  "unit.undo-replace": "unitUndoReplace",
  "comment.add": "commentAdd",
  "comment.resolve": "commentResolve",
  "comment.reopen": "commentReopen",
  "document.create": "documentCreate",
  "document.delete": "documentDelete",
  "document.align": "documentAlign",
  "glossary.create": "glossaryCreate",
  "glossary.propose": "glossaryPropose",
  "glossary.update": "glossaryUpdate",
  "glossary.delete": "glossaryDelete",
  "glossary.accept": "glossaryAccept",
  "glossary.reject": "glossaryReject",
  "glossary.import": "glossaryImport",
  "user.role": "userRole",
  "qa.ignore": "qaIgnore",
  "qa.unignore": "qaUnignore",
  "settings.qa": "settingsQa",
  "project.create": "projectCreate",
  "project.member": "projectMember",
  "document.assign": "documentAssign",
  "invitation.create": "invitationCreate",
  "invitation.revoke": "invitationRevoke",
  "invitation.use": "invitationUse",
  "invitation.accept": "invitationAccept",
  "settings.signup": "settingsSignup",
} as const;

export type AuditActionKey = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS];

export function auditActionKey(action: string): AuditActionKey | null {
  return Object.hasOwn(AUDIT_ACTIONS, action) ? AUDIT_ACTIONS[action as keyof typeof AUDIT_ACTIONS] : null;
}

/** Detail fields with a translated label, in the order they are shown (JSONB keeps no key order). */
export const AUDIT_FIELDS = [
  "title",
  "version",
  "from",
  "to",
  "removed",
  "created",
  "neighbour",
  "direction",
  "status",
  "comment",
  "approved",
  "filter",
  "excludedForTermIssues",
  "hindiSentences",
  "englishSentences",
  "sentences",
  "paragraphs",
  "units",
  "lowConfidence",
  "beads",
  "replaced",
  "approvedReplaced",
  "hindi",
  "english",
  "partOfSpeech",
  "target",
  "role",
  "via",
  "added",
  "updated",
  "skipped",
  "check",
  "severity",
  "reason",
  "find",
  "replacement",
  "conflicts",
] as const;
export type AuditField = (typeof AUDIT_FIELDS)[number];

/**
 * Internal ids a reader cannot use (the row already links the document), and a split's `at`, an
 * internal sentence position (the new unit's number says where the split fell), and a QA issue's
 * key and code (its check and severity say what it was).
 */
const HIDDEN = new Set(["documentId", "commentId", "entryId", "projectId", "id", "at", "key", "code"]);
/** Fields holding a unit's internal id. */
const UNIT_FIELDS = new Set(["removed", "created", "neighbour"]);
const STATUSES = new Set<string>(["draft", "translated", "approved", "rejected"]);
const ROLES = new Set<string>(["translator", "reviewer", "admin"]);
const DIRECTIONS = new Set<string>(["first-to-previous", "last-to-next"]);
/** Bulk-approval filter flags with a translated name. */
export const AUDIT_FLAGS = ["withoutTermIssues", "withoutOpenComments"] as const;
export type AuditFlag = (typeof AUDIT_FLAGS)[number];

export type AuditValue =
  | { kind: "text"; text: string; hindi: boolean }
  | { kind: "number"; value: number }
  | { kind: "status"; status: UnitStatus }
  | { kind: "role"; role: Role }
  | { kind: "direction"; direction: "first-to-previous" | "last-to-next" }
  /** A unit by the number the editor shows; null when the unit no longer exists (merged away, realigned). */
  | { kind: "unit"; number: number | null }
  | { kind: "flags"; flags: AuditFlag[] }
  /** A QA check or severity by its code; the page names it if it knows the code. */
  | { kind: "qa"; of: "check"; code: QaCheckId }
  | { kind: "qa"; of: "severity"; code: QaSeverity }
  | { kind: "list"; items: AuditValue[] };

export interface AuditDetail {
  /** The translated label's key, or null for a field this module does not know (shown by its name). */
  field: AuditField | null;
  name: string;
  value: AuditValue;
}

/** What the page knows about the ids inside details: current unit numbers and account emails. */
export interface AuditLookups {
  unitNumbers: ReadonlyMap<number, number>;
  users: ReadonlyMap<string, string>;
}

const DEVANAGARI = /[\u0900-\u097F\uA8E0-\uA8FF]/;

function text(value: string): AuditValue {
  return { kind: "text", text: value, hindi: DEVANAGARI.test(value) };
}

function plain(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) return value.map(plain).join(", ");
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${plain(v)}`)
    .join(", ");
}

function describeValue(name: string, value: unknown, lookups: AuditLookups): AuditValue {
  if (UNIT_FIELDS.has(name) && typeof value === "number") return { kind: "unit", number: lookups.unitNumbers.get(value) ?? null };
  if (name === "target" && typeof value === "string") return text(lookups.users.get(value) ?? value);
  if (name === "filter" && value && typeof value === "object" && !Array.isArray(value)) {
    const on = Object.entries(value as Record<string, unknown>).filter(([, v]) => v === true);
    return { kind: "flags", flags: on.map(([k]) => k).filter((k): k is AuditFlag => (AUDIT_FLAGS as readonly string[]).includes(k)) };
  }
  if (name === "beads" && value && typeof value === "object" && !Array.isArray(value)) {
    return text(
      Object.entries(value as Record<string, unknown>)
        .map(([shape, n]) => `${shape} × ${plain(n)}`)
        .join(", "),
    );
  }
  if (Array.isArray(value) && (name === "from" || name === "to"))
    return { kind: "list", items: value.map((v) => describeValue(name, v, lookups)) };
  if (typeof value === "string") {
    // A check or severity this version does not know (an older or newer entry) shows as its code.
    if (name === "check" && isQaCheckId(value)) return { kind: "qa", of: "check", code: value };
    if (name === "severity" && isQaSeverity(value)) return { kind: "qa", of: "severity", code: value };
    if ((name === "from" || name === "to" || name === "status") && STATUSES.has(value))
      return { kind: "status", status: value as UnitStatus };
    if ((name === "role" || name === "from" || name === "to") && ROLES.has(value)) return { kind: "role", role: value as Role };
    if (name === "direction" && DIRECTIONS.has(value))
      return { kind: "direction", direction: value as "first-to-previous" | "last-to-next" };
    return text(value);
  }
  if (typeof value === "number") return { kind: "number", value };
  return text(plain(value));
}

/** The readable fields of one audit entry: known fields in AUDIT_FIELDS order, then unknown ones by name. */
export function describeAuditDetails(details: unknown, lookups: AuditLookups): AuditDetail[] {
  if (details === null || details === undefined) return [];
  if (typeof details !== "object" || Array.isArray(details)) return [{ field: null, name: "", value: text(plain(details)) }];
  const out: AuditDetail[] = [];
  for (const [name, value] of Object.entries(details as Record<string, unknown>)) {
    if (HIDDEN.has(name)) continue;
    // A merge's sentence span is a pair of internal positions; the unit number says the same thing readably.
    if (name === "sentences" && Array.isArray(value)) continue;
    const field = (AUDIT_FIELDS as readonly string[]).includes(name) ? (name as AuditField) : null;
    out.push({ field, name, value: describeValue(name, value, lookups) });
  }
  const rank = (d: AuditDetail) => (d.field ? AUDIT_FIELDS.indexOf(d.field) : AUDIT_FIELDS.length);
  return out.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** The internal unit ids and user ids an entry's details mention, to look up in one query each. */
export function referencedIds(details: unknown): { units: number[]; users: string[] } {
  const units: number[] = [];
  const users: string[] = [];
  if (details && typeof details === "object" && !Array.isArray(details)) {
    for (const [name, value] of Object.entries(details as Record<string, unknown>)) {
      if (UNIT_FIELDS.has(name) && typeof value === "number") units.push(value);
      if (name === "target" && typeof value === "string") users.push(value);
    }
  }
  return { units, users };
}
