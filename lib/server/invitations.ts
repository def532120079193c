import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash, randomBytes } from "node:crypto";
import { AppError, type ErrorCode } from "@/lib/errors";
import {
  DEFAULT_SIGN_UP_MODE,
  type InvitationRefusal,
  invitationRefusal,
  isInvitationTokenShape,
  isSignUpMode,
  type SignUpMode,
  signUpNeedsInvitation,
} from "@/lib/invitations/rules";
import { prisma, type Tx } from "./prisma";

/**
 * The database side of invitations and the sign-up setting, shared by better-auth's sign-up hooks
 * (lib/server/auth.ts) and features/invitations: the token (only its hash is stored), the setting, the
 * refusals, and the atomic claim.
 */

export const SIGN_UP_SETTING_KEY = "accounts.signup";

/** 32 random bytes as base64url: the secret part of the link, shown once and never stored. */
export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export async function loadSignUpMode(db: Tx | typeof prisma = prisma): Promise<SignUpMode> {
  const [row] = await db.$queryRaw<{ mode: string | null }[]>`
    SELECT value #>> '{}' AS mode FROM instance_setting WHERE key = ${SIGN_UP_SETTING_KEY}`;
  return isSignUpMode(row?.mode) ? row.mode : DEFAULT_SIGN_UP_MODE;
}

const refusalCode: Record<InvitationRefusal | "signUpInviteOnly", ErrorCode> = {
  signUpInviteOnly: "FORBIDDEN",
  invitationUnknown: "NOT_FOUND",
  invitationUsed: "GONE",
  invitationRevoked: "GONE",
  invitationExpired: "GONE",
  invitationWrongEmail: "FORBIDDEN",
};

const refusalMessage: Record<InvitationRefusal | "signUpInviteOnly", string> = {
  signUpInviteOnly: "Sign-up is by invitation only: ask an administrator or project manager for an invitation link.",
  invitationUnknown: "This invitation link is not valid.",
  invitationUsed: "This invitation link has already been used.",
  invitationRevoked: "This invitation link was withdrawn.",
  invitationExpired: "This invitation link has expired.",
  invitationWrongEmail: "This invitation is for another email address.",
};

export function invitationError(reason: InvitationRefusal | "signUpInviteOnly"): AppError {
  return new AppError(refusalCode[reason], refusalMessage[reason], { reason });
}

/** The prefix of the codes our refusals carry through better-auth (APIError body.code), mapped back in createUser. */
export const AUTH_REFUSAL_PREFIX = "setu.";

export function isInvitationRefusalReason(value: string): value is InvitationRefusal | "signUpInviteOnly" {
  return value in refusalCode;
}

export interface InvitationRow {
  id: string;
  projectId: string;
  role: "translator" | "reviewer" | "manager";
  email: string | null;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

/** The invitation a token names, or null (also for a string that was never a token: no query then). */
export async function findInvitationByToken(token: unknown, db: Tx | typeof prisma = prisma): Promise<InvitationRow | null> {
  if (!isInvitationTokenShape(token)) return null;
  const [row] = await db.$queryRaw<InvitationRow[]>`
    SELECT id, project_id AS "projectId", role::text AS role, email, expires_at AS "expiresAt", used_at AS "usedAt", revoked_at AS "revokedAt"
    FROM invitation WHERE token_hash = ${hashInvitationToken(token)}`;
  return row ?? null;
}

/** Why this token cannot be used now by this email (read only), or null when it can. */
export async function refusalForToken(token: unknown, email?: string, db: Tx | typeof prisma = prisma): Promise<InvitationRefusal | null> {
  const [invitation, [clock]] = await Promise.all([findInvitationByToken(token, db), db.$queryRaw<{ now: Date }[]>`SELECT now() AS now`]);
  return invitationRefusal(invitation, clock.now, email);
}

/**
 * Uses the invitation, atomically: one UPDATE that only matches an unused, unrevoked, unexpired invitation
 * (for this email, when it is bound to one), so of two simultaneous uses exactly one gets the row. `userId`
 * is who used it (null while the account is not created yet: the sign-up hook fills it in afterwards).
 * Throws the precise refusal when nothing matched.
 */
export async function claimInvitation(
  token: unknown,
  email: string | null,
  userId: string | null,
  db: Tx | typeof prisma = prisma,
): Promise<{ id: string; projectId: string; role: InvitationRow["role"] }> {
  if (isInvitationTokenShape(token)) {
    const [claimed] = await db.$queryRaw<{ id: string; projectId: string; role: InvitationRow["role"] }[]>`
      UPDATE invitation SET used_at = now(), used_by_id = ${userId}
      WHERE token_hash = ${hashInvitationToken(token)} AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        AND (email IS NULL OR email = ${email === null ? null : email.trim().toLowerCase()})
      RETURNING id, project_id AS "projectId", role::text AS role`;
    if (claimed) return claimed;
  }
  throw invitationError((await refusalForToken(token, email ?? undefined, db)) ?? "invitationUsed");
}

/**
 * What one sign-up request did, for better-auth's hooks and createUser to agree on: whether it comes from
 * the operator (the CLI, tests: whoever holds the database; never settable by a browser), and which
 * invitation this request claimed, so that a sign-up that fails after its claim gives back its own claim
 * and never another request's.
 */
interface SignUpScope {
  operator: boolean;
  claimedId: string | null;
}
const signUpScope = new AsyncLocalStorage<SignUpScope>();

export function runSignUp<T>(operator: boolean, run: () => Promise<T>): Promise<T> {
  const scope: SignUpScope = { operator, claimedId: null };
  return signUpScope.run(scope, async () => {
    try {
      return await run();
    } catch (error) {
      if (scope.claimedId) {
        // The user was not created after this request's claim (an email that raced it): the link works again.
        await prisma.$executeRaw`UPDATE invitation SET used_at = NULL WHERE id = ${scope.claimedId} AND used_by_id IS NULL`;
      }
      throw error;
    }
  });
}

function isOperatorSignUp(): boolean {
  return signUpScope.getStore()?.operator === true;
}

async function hasAccounts(): Promise<boolean> {
  const [row] = await prisma.$queryRaw<{ any: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "user") AS any`;
  return row.any;
}

/**
 * better-auth's before-hook of /sign-up/email: refuses before the email is even looked up (so an
 * invite-only installation is no oracle of who has an account). Reads only.
 */
export async function assertSignUpAllowed(body: { email?: unknown; invitationToken?: unknown } | undefined): Promise<void> {
  const token = body?.invitationToken;
  if (token !== undefined && token !== null && token !== "") {
    const email = typeof body?.email === "string" ? body.email : undefined;
    const refusal = await refusalForToken(token, email);
    if (refusal) throw invitationError(refusal);
    return;
  }
  if (isOperatorSignUp()) return;
  if (signUpNeedsInvitation(await loadSignUpMode(), await hasAccounts())) throw invitationError("signUpInviteOnly");
}

/**
 * better-auth's user.create.before hook, immediately before the INSERT of the account: the claim (or,
 * without a token, the setting once more, so the rule holds even where the before-hook did not run).
 */
export async function claimForNewAccount(email: string, token: unknown): Promise<void> {
  if (token === undefined || token === null || token === "") {
    if (isOperatorSignUp()) return;
    if (signUpNeedsInvitation(await loadSignUpMode(), await hasAccounts())) throw invitationError("signUpInviteOnly");
    return;
  }
  const claimed = await claimInvitation(token, email, null);
  const scope = signUpScope.getStore();
  if (scope) scope.claimedId = claimed.id;
}
