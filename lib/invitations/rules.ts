/**
 * Invitations and the sign-up setting (#16), the pure part: which sign-ups need an invitation, what an
 * invitation's state says to the person holding its link, and the limits of its expiry. The database
 * side (the atomic claim) is lib/server/invitations.ts; who may invite is lib/editor/policy.ts.
 */

/** The instance setting `accounts.signup`: anyone may sign up, or only people with an invitation link. */
export const signUpModes = ["open", "invite-only"] as const;
export type SignUpMode = (typeof signUpModes)[number];
export const DEFAULT_SIGN_UP_MODE: SignUpMode = "open";

export function isSignUpMode(value: unknown): value is SignUpMode {
  return typeof value === "string" && (signUpModes as readonly string[]).includes(value);
}

/**
 * Whether a sign-up needs an invitation: only when the installation is invite-only and already has an
 * account. The very first account may always sign up (it becomes the administrator, who is the one able
 * to invite anybody at all).
 */
export function signUpNeedsInvitation(mode: SignUpMode, hasAccounts: boolean): boolean {
  return mode === "invite-only" && hasAccounts;
}

/** How long a link stays valid, in days: the creator chooses within these limits. */
export const INVITATION_DAYS = { min: 1, max: 30, default: 7 } as const;

/** A token is 32 random bytes in base64url (43 characters, no padding): anything else was never issued. */
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;
export function isInvitationTokenShape(token: unknown): token is string {
  return typeof token === "string" && TOKEN_RE.test(token);
}

/** Why a link cannot be used (each its own message: the person holding it should know what to ask for). */
export type InvitationRefusal = "invitationUnknown" | "invitationUsed" | "invitationRevoked" | "invitationExpired" | "invitationWrongEmail";

export interface InvitationState {
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  /** The email the invitation is bound to, lower-case, or null for anyone. */
  email: string | null;
}

/**
 * What stands between this invitation and its use at `now` by someone with `email` (lower-case; omitted
 * when it is not known yet, e.g. when the link is merely opened), or null when it can be used.
 * Used before revoked before expired: a link that did its job says so even after it would have expired.
 */
export function invitationRefusal(invitation: InvitationState | null, now: Date, email?: string): InvitationRefusal | null {
  if (!invitation) return "invitationUnknown";
  if (invitation.usedAt) return "invitationUsed";
  if (invitation.revokedAt) return "invitationRevoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "invitationExpired";
  if (email !== undefined && invitation.email !== null && invitation.email !== email.trim().toLowerCase()) return "invitationWrongEmail";
  return null;
}

/** When an invitation made at `now` for `days` days stops working. */
export function invitationExpiry(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}
