import { AppError, type ErrorCode } from "@/lib/errors";
import type { ProjectRole } from "@/lib/projects/choose-project";
import { isReviewer, type Role, statusAfterRealignment, type UnitStatus, unitStatuses } from "./status";

/**
 * Who may do what to a unit in which state: the one policy of Setu. Route handlers and server
 * actions ask it before they start (to refuse early and cheaply); mutations ask it again inside
 * their transaction, on the rows they have locked, because the state can change in between.
 *
 * Callers pass the actor's *effective* role: the role the account holds in the unit's project
 * (projectActor below: an administrator everywhere, a manager as a reviewer; null when not signed in or
 * not a member). The table itself does not know about projects.
 */
export type Actor = Role | null;

/**
 * The actor the table below sees for a person and a project: an administrator is one in every project
 * (the global role administers the installation); a member acts with their project role, a project
 * manager deciding about units as a reviewer does; anyone else is nobody there (null — the callers
 * answer 404, never 403, so that a project's documents do not even show they exist).
 */
export function projectActor(globalRole: Role, projectRole: ProjectRole | null): Actor {
  if (globalRole === "admin") return "admin";
  if (projectRole === null) return null;
  return projectRole === "manager" ? "reviewer" : projectRole;
}

/** What is done to a project itself, or to its documents as wholes (not to their units). */
export const projectActions = [
  "view",
  "create-document",
  "delete-document",
  "edit-glossary",
  "propose-glossary",
  "manage-members",
  "assign",
  "invite",
  "manage-settings",
] as const;
export type ProjectAction = (typeof projectActions)[number];

/**
 * The project cells: members see and add to their project (documents, glossary proposals); reviewers
 * and managers edit its glossary; managers (and administrators) delete its documents, manage its
 * members, assign its documents and invite people to it. A non-member may do nothing (and is told
 * "not found" by the callers).
 */
export function mayInProject(globalRole: Role, projectRole: ProjectRole | null, action: ProjectAction): boolean {
  if (globalRole === "admin") return true;
  if (projectRole === null) return false;
  switch (action) {
    case "view":
    case "create-document":
    case "propose-glossary":
      return true;
    case "edit-glossary":
      return projectRole !== "translator";
    case "delete-document":
    case "manage-members":
    case "assign":
    case "invite":
    case "manage-settings":
      return projectRole === "manager";
  }
}

/**
 * Whether this person may invite someone into the project with `invitedRole` (and withdraw the project's
 * invitations): whoever may "invite" there — administrators anywhere, the project's managers. A manager
 * may invite another manager: manage-members already lets them make any member a manager, so the link
 * gives nothing more than that (refusing it would only mean invite-then-promote).
 */
export function mayInvite(globalRole: Role, projectRole: ProjectRole | null, invitedRole: ProjectRole): boolean {
  if (!mayInProject(globalRole, projectRole, "invite")) return false;
  return invitedRole === "translator" || invitedRole === "reviewer" || invitedRole === "manager";
}

/**
 * "No approval while QA errors are open": a project's own setting when it has one (true or
 * false), else the instance's. Asked by single and bulk approval inside their transactions.
 */
export function approvalNeedsNoQaErrors(projectSetting: boolean | null, instanceSetting: boolean): boolean {
  return projectSetting ?? instanceSetting;
}

export const unitActions = [
  "edit",
  "split",
  "merge",
  "move",
  "realign",
  "delete-by-realign",
  "approve",
  "reject",
  "reopen",
  "comment",
  "import-with-status",
  "bulk-approve",
  "ignore-qa-warning",
  "ignore-qa-error",
] as const;
export type UnitAction = (typeof unitActions)[number];

export const unitStates = unitStatuses;

/** Why something was refused; travels to the client as the error's reason and is translated there. */
export type PolicyReason = "signInRequired" | "approvedLocked" | "reviewerOnly" | "badTransition" | "nothingToApprove";

export type Decision = { allowed: true } | { allowed: false; reason: PolicyReason };

const allow: Decision = { allowed: true };
const deny = (reason: PolicyReason): Decision => ({ allowed: false, reason });

/** Approval is the reviewer's word: only a reviewer may change what an approved unit says or covers. */
function unlessApprovedLocked(actor: Role, state: UnitStatus): Decision {
  return state === "approved" && !isReviewer(actor) ? deny("approvedLocked") : allow;
}

/**
 * The decision for one cell of the table. For actions over several units (merge, move, realign)
 * ask once per affected unit: every one of them must be allowed.
 *
 *  - edit, split, merge, move, realign, delete-by-realign: anyone signed in, except that an
 *    approved unit is a reviewer's or admin's only.
 *  - approve: reviewers, of a unit that is not approved yet (it also needs English: see
 *    reviewTransition). reject: reviewers, of a unit that is not already rejected.
 *  - reopen (approved → translated): reviewers only, of an approved unit. A translator who disagrees
 *    with an approval files a reopen *request* (a comment); the approval stands until a reviewer acts.
 *  - comment: anyone signed in, in any state.
 *  - import-with-status: the state a file declares. Translators may import draft, translated and
 *    rejected units; an approved one arrives as translated (capImportedStatus), never refused.
 *  - bulk-approve: reviewers; it approves translated units (the other states are left alone).
 *  - ignore-qa-warning (or show it again): like edit — whoever may change the unit may say a
 *    warning does not apply to it. ignore-qa-error: reviewers only, in any state, because an open
 *    error can stand between a unit and its approval (the "no approval while errors are open"
 *    setting): a translator ignoring it would approve by the back door.
 */
export function decide(actor: Actor, action: UnitAction, state: UnitStatus): Decision {
  if (actor === null) return deny("signInRequired");
  switch (action) {
    case "edit":
    case "split":
    case "merge":
    case "move":
    case "realign":
    case "delete-by-realign":
      return unlessApprovedLocked(actor, state);
    case "approve":
      if (!isReviewer(actor)) return deny("reviewerOnly");
      return state === "approved" ? deny("badTransition") : allow;
    case "reject":
      if (!isReviewer(actor)) return deny("reviewerOnly");
      return state === "rejected" ? deny("badTransition") : allow;
    case "reopen":
      if (!isReviewer(actor)) return deny("reviewerOnly");
      return state === "approved" ? allow : deny("badTransition");
    case "comment":
      return allow;
    case "import-with-status":
      return unlessApprovedLocked(actor, state);
    case "bulk-approve":
      if (!isReviewer(actor)) return deny("reviewerOnly");
      return state === "translated" ? allow : deny("badTransition");
    case "ignore-qa-warning":
      return unlessApprovedLocked(actor, state);
    case "ignore-qa-error":
      return isReviewer(actor) ? allow : deny("reviewerOnly");
  }
}

/** The states in which the actor may do the action (set-based paths filter their SQL by these). */
export function statesAllowed(actor: Actor, action: UnitAction): UnitStatus[] {
  return unitStates.filter((state) => decide(actor, action, state).allowed);
}

/** Whether the action is open to this actor in at least one state (for hiding UI, and early refusals). */
export function mayEver(actor: Actor, action: UnitAction): boolean {
  return statesAllowed(actor, action).length > 0;
}

const reasonCode: Record<PolicyReason, ErrorCode> = {
  signInRequired: "UNAUTHENTICATED",
  approvedLocked: "FORBIDDEN",
  reviewerOnly: "FORBIDDEN",
  badTransition: "CONFLICT",
  nothingToApprove: "BAD_INPUT",
};

const verbs: Record<UnitAction, string> = {
  edit: "edit",
  split: "split",
  merge: "merge",
  move: "move sentences of",
  realign: "realign",
  "delete-by-realign": "delete (by realigning)",
  approve: "approve",
  reject: "reject",
  reopen: "reopen",
  comment: "comment on",
  "import-with-status": "import",
  "bulk-approve": "bulk-approve",
  "ignore-qa-warning": "ignore a QA warning of",
  "ignore-qa-error": "ignore a QA error of",
};

/** The refusal as Setu's one error type: 401 for no session, 403 for the role, 409 for the state. */
export function policyError(action: UnitAction, state: UnitStatus, reason: PolicyReason, unitId?: number): AppError {
  const what = unitId === undefined ? `a ${state} unit` : `unit ${unitId} (${state})`;
  const message =
    reason === "signInRequired"
      ? "Sign in first."
      : reason === "approvedLocked"
        ? `You cannot ${verbs[action]} ${what}: it is approved, and only a reviewer or admin can change it.`
        : reason === "reviewerOnly"
          ? `Only reviewers and admins can ${verbs[action]} units.`
          : reason === "nothingToApprove"
            ? `You cannot ${verbs[action]} ${what}: it has no English yet.`
            : `You cannot ${verbs[action]} ${what}.`;
  return new AppError(reasonCode[reason], message, { reason, action, state, ...(unitId === undefined ? {} : { unitId }) });
}

/** An approved unit's English can be changed only by a reviewer or admin (the editor's read-only state). */
export function canEditEnglish(actor: Actor, status: UnitStatus): boolean {
  return decide(actor, "edit", status).allowed;
}

/** Throws the refusal when the cell says no. */
export function assertAllowed(actor: Actor, action: UnitAction, state: UnitStatus, unitId?: number): void {
  const decision = decide(actor, action, state);
  if (!decision.allowed) throw policyError(action, state, decision.reason, unitId);
}

/** For actions over several units: every unit must be allowed; the first refusal is thrown. */
export function assertAllowedForAll(actor: Actor, action: UnitAction, units: { id: number; status: UnitStatus }[]): void {
  for (const unit of units) assertAllowed(actor, action, unit.status, unit.id);
}

/**
 * The status an imported unit is stored with: what the file declares, capped by the importer's
 * role (a translator's import arrives as translated at most, so that nobody approves their own work
 * by uploading it). `capped` says that the file's status was lowered, for the import report.
 */
export function capImportedStatus(actor: Role, declared: UnitStatus): { status: UnitStatus; capped: boolean } {
  if (decide(actor, "import-with-status", declared).allowed) return { status: declared, capped: false };
  return { status: "translated", capped: true };
}

/**
 * Realigning replaces every unit of a document. Given how many units of each state it has, the
 * refusal (with the number of approved units that stand in the way) or null when it may proceed.
 * The caller still asks for confirmation when translated work will be lost.
 */
export function realignRefusal(actor: Actor, counts: Partial<Record<UnitStatus, number>>): AppError | null {
  for (const state of unitStates) {
    if (!counts[state]) continue;
    const realign = decide(actor, "realign", state);
    const decision = realign.allowed ? decide(actor, "delete-by-realign", state) : realign;
    if (!decision.allowed) {
      const error = policyError("realign", state, decision.reason);
      if (decision.reason === "approvedLocked") {
        return new AppError(
          "FORBIDDEN",
          `The document has ${counts[state]} approved unit(s); realigning would delete them, which needs a reviewer or admin.`,
          { ...error.details, approved: counts[state] },
        );
      }
      return error;
    }
  }
  return null;
}

export type ReviewAction = "approve" | "reject" | "reopen";

export type ReviewOutcome =
  | { kind: "transition"; to: UnitStatus }
  /** A translator's reopen of an approved unit: recorded as an open request, the approval stands. */
  | { kind: "request" }
  | { kind: "refused"; reason: PolicyReason };

/** What a review action does to a unit in this state with this English, for this actor. */
export function reviewOutcome(actor: Actor, action: ReviewAction, current: UnitStatus, english: string): ReviewOutcome {
  const decision = decide(actor, action, current);
  if (!decision.allowed) {
    if (action === "reopen" && decision.reason === "reviewerOnly" && current === "approved") return { kind: "request" };
    return { kind: "refused", reason: decision.reason };
  }
  const hasEnglish = english.trim() !== "";
  switch (action) {
    case "approve":
      return hasEnglish ? { kind: "transition", to: "approved" } : { kind: "refused", reason: "nothingToApprove" };
    case "reject":
      // A draft without English has nothing to reject yet.
      return current === "draft" && !hasEnglish ? { kind: "refused", reason: "badTransition" } : { kind: "transition", to: "rejected" };
    case "reopen":
      return { kind: "transition", to: "translated" };
  }
}

/**
 * The translation memory of a project (docs/translation-memory.md). Asked with the actor's role in
 * the project, like the unit actions.
 *  - lookup (matches, concordance, analysis) and export: every member — the memory is the project's
 *    own translations, which every member may read anyway.
 *  - import a TMX into the memory: reviewers and admins, because every member's suggestions change.
 *  - pre-translate a document: whoever may edit its units (the per-unit states are asked again).
 */
export const memoryActions = ["memory-lookup", "memory-export", "memory-import", "pre-translate"] as const;
export type MemoryAction = (typeof memoryActions)[number];

export function decideMemory(actor: Actor, action: MemoryAction): Decision {
  if (actor === null) return deny("signInRequired");
  switch (action) {
    case "memory-lookup":
    case "memory-export":
    case "pre-translate":
      return allow;
    case "memory-import":
      return isReviewer(actor) ? allow : deny("reviewerOnly");
  }
}

export function assertMemoryAllowed(actor: Actor, action: MemoryAction): void {
  const decision = decideMemory(actor, action);
  if (decision.allowed) return;
  const what = {
    "memory-lookup": "search",
    "memory-export": "export",
    "memory-import": "import into",
    "pre-translate": "pre-translate from",
  }[action];
  const message = decision.reason === "signInRequired" ? "Sign in first." : `Only reviewers and admins can ${what} the translation memory.`;
  throw new AppError(reasonCode[decision.reason], message, { reason: decision.reason, action });
}

export type StructuralOp = "merge" | "split" | "move";

/** A unit as a structural operation found it. */
export interface BeforeRestructure {
  status: UnitStatus;
  needsReview: boolean;
}

/**
 * What a merge, split or sentence move leaves a unit as: its status and whether it needs review.
 * The Hindi under the unit's English changed, so English that someone translated or approved (or
 * that was already waiting for a look) must be looked at again — it is never silently "translated".
 *
 *  - Empty English: draft, nothing to review.
 *  - A reviewer merging or splitting approved units keeps them approved and unflagged: they chose
 *    the joined English (or the division of it) themselves, so the operation is their review, as
 *    a reviewer's edit of an approved unit is (statusAfterEdit).
 *  - A moved sentence always flags both units: their English stays where it was while a sentence
 *    left one and joined the other, so neither pair can still be right as it stands — whoever moved it.
 *  - Otherwise the status follows statusAfterRealignment (approved → translated, rejected and draft
 *    kept) and the unit is flagged when any part was translated, approved or flagged already.
 */
export function restructureOutcome(
  actor: Role,
  op: StructuralOp,
  before: BeforeRestructure[],
  english: string,
): { status: UnitStatus; needsReview: boolean } {
  const status = statusAfterRealignment(
    before.map((b) => b.status),
    english,
  );
  if (status === "draft" && english.trim() === "") return { status, needsReview: false };
  const reviewed = before.every((b) => b.status === "approved" && !b.needsReview);
  if (op !== "move" && isReviewer(actor) && reviewed) return { status: "approved", needsReview: false };
  const needsReview = before.some((b) => b.needsReview || b.status === "translated" || b.status === "approved");
  return { status, needsReview };
}

/** Why a replace-all leaves a unit as it is (the preview and the answer list them). */
export type ReplaceSkip = "approved" | "approvedLocked";

/**
 * Find-and-replace across a document is an edit of every unit it changes, so each unit is asked
 * `decide(actor, "edit", state)`. Approved units are the reviewer's word: they are left out unless a
 * reviewer (or admin) chooses to include them — `includeApproved` from anyone else is refused before
 * anything is read (reviewerOnly), so a translator cannot even ask. Asked again per unit on the
 * locked rows (a unit may have been approved since the preview).
 */
export function assertMayReplace(actor: Actor, includeApproved: boolean): void {
  if (actor === null) throw policyError("edit", "draft", "signInRequired");
  if (includeApproved && !isReviewer(actor)) throw policyError("edit", "approved", "reviewerOnly");
}

export function replaceDecision(
  actor: Actor,
  state: UnitStatus,
  includeApproved: boolean,
): { replace: true } | { replace: false; skip: ReplaceSkip } {
  if (state === "approved" && !includeApproved) return { replace: false, skip: "approved" };
  return decide(actor, "edit", state).allowed ? { replace: true } : { replace: false, skip: "approvedLocked" };
}
