import "server-only";
import { recordAudit } from "@/features/audit/mutations";
import { clientAddress, secondsToWait, THROTTLE_WINDOW_MINUTES } from "@/lib/accounts/throttle";
import { AppError } from "@/lib/errors";
import { projectRoleForGlobal } from "@/lib/projects/choose-project";
import { getAuth } from "@/lib/server/auth";
import { AUTH_REFUSAL_PREFIX, invitationError, isInvitationRefusalReason, runSignUp } from "@/lib/server/invitations";
import { prisma } from "@/lib/server/prisma";
import type { RoleName } from "./schema";

interface AuthApiError {
  body?: { code?: string; message?: string };
  statusCode?: number;
}

function authErrorCode(error: unknown): string | undefined {
  return (error as AuthApiError)?.body?.code;
}

/**
 * Creates a user with a hashed password (better-auth, scrypt). Throws CONFLICT for a used email.
 *
 * With `requestHeaders` it is a sign-up from the web: the installation's sign-up setting applies (an
 * invite-only installation needs `invitationToken`, which better-auth's hooks claim atomically; the
 * account then joins the invitation's project). Without them it is the operator (the CLI, tests), who
 * holds the database anyway: the setting does not apply, and the account joins the default project.
 */
export async function createUser(
  input: { name: string; email: string; password: string; role?: RoleName },
  requestHeaders?: Headers,
  invitationToken?: string,
): Promise<{ id: string }> {
  let userId: string;
  try {
    const result = await runSignUp(requestHeaders === undefined, () =>
      getAuth().api.signUpEmail({
        body: { name: input.name, email: input.email, password: input.password, ...(invitationToken ? { invitationToken } : {}) },
        headers: requestHeaders ?? new Headers(),
      }),
    );
    userId = result.user.id;
  } catch (error) {
    const code = authErrorCode(error);
    if (code?.startsWith(AUTH_REFUSAL_PREFIX)) {
      const reason = code.slice(AUTH_REFUSAL_PREFIX.length);
      if (isInvitationRefusalReason(reason)) throw invitationError(reason);
      if (reason === "crossOrigin") throw new AppError("FORBIDDEN", "Refused a sign-up from another origin.", { reason: "crossOrigin" });
    }
    if (code?.includes("ALREADY_EXISTS")) {
      throw new AppError("CONFLICT", `An account with the email ${input.email} already exists.`, { reason: "emailTaken" });
    }
    if (code?.includes("PASSWORD")) {
      throw new AppError("BAD_INPUT", "The password is too weak.", { reason: "weakPassword" });
    }
    throw error;
  }
  if (input.role) {
    const role = input.role;
    await prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: userId }, data: { role } });
      // The account joined the default project on creation (lib/server/auth.ts): with the same role there.
      await tx.projectMember.updateMany({ where: { userId }, data: { role: projectRoleForGlobal(role) } });
      await recordAudit(tx, { userId: null, action: "user.role", details: { target: userId, role: input.role, via: "cli" } });
    });
  }
  return { id: userId };
}

interface FailureCounts {
  pair: number;
  pairAgo: number | null;
  email: number;
  emailAgo: number | null;
  address: number;
  addressAgo: number | null;
}

/**
 * Refuses an attempt that comes too soon after earlier failures (lib/accounts/throttle.ts): the
 * wait grows with each failure of this email from this address, and more slowly for the email from
 * anywhere or the address for any email. Nothing is ever locked: after the wait, the right
 * password works, and from another address it works at once (unless the email is under attack
 * from many addresses, and then after at most a minute).
 */
export async function assertSignInAllowed(email: string, address: string): Promise<void> {
  const window = `${THROTTLE_WINDOW_MINUTES} minutes`;
  const [counts] = await prisma.$queryRaw<FailureCounts[]>`
    SELECT count(*) FILTER (WHERE email = ${email} AND ip = ${address})::int AS pair,
           extract(epoch FROM now() - max(at) FILTER (WHERE email = ${email} AND ip = ${address}))::float8 AS "pairAgo",
           count(*) FILTER (WHERE email = ${email})::int AS email,
           extract(epoch FROM now() - max(at) FILTER (WHERE email = ${email}))::float8 AS "emailAgo",
           count(*) FILTER (WHERE ip = ${address} AND ${address} <> '')::int AS address,
           extract(epoch FROM now() - max(at) FILTER (WHERE ip = ${address} AND ${address} <> ''))::float8 AS "addressAgo"
    FROM sign_in_failure
    WHERE at > now() - ${window}::interval AND (email = ${email} OR ip = ${address})`;
  const wait = secondsToWait({
    emailAndAddress: { count: counts.pair, secondsSinceLast: counts.pairAgo ?? 0 },
    email: { count: counts.email, secondsSinceLast: counts.emailAgo ?? 0 },
    address: { count: counts.address, secondsSinceLast: counts.addressAgo ?? 0 },
  });
  if (wait > 0) {
    throw new AppError("RATE_LIMITED", `Too many failed sign-ins; try again in ${wait} s.`, {
      reason: "signInThrottled",
      retryAfter: wait,
    });
  }
}

/** Signs in (setting the session cookie through next-cookies) and records failures for throttling. */
export async function signIn(email: string, password: string, requestHeaders: Headers): Promise<void> {
  const address = clientAddress(requestHeaders);
  await assertSignInAllowed(email, address);
  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers: requestHeaders });
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "INVALID_EMAIL_OR_PASSWORD" || (error as AuthApiError)?.statusCode === 401) {
      await recordFailure(email, address);
      throw new AppError("UNAUTHENTICATED", "Wrong email or password.", { reason: "wrongCredentials" });
    }
    throw error;
  }
  await prisma.$executeRaw`DELETE FROM sign_in_failure WHERE email = ${email} AND ip = ${address}`;
}

/** Records a failure, and prunes failures that no rule looks at any more (older than a day). */
async function recordFailure(email: string, address: string): Promise<void> {
  await prisma.$executeRaw`INSERT INTO sign_in_failure (email, ip) VALUES (${email}, ${address})`;
  await prisma.$executeRaw`DELETE FROM sign_in_failure WHERE at < now() - interval '1 day'`;
}

export async function signOut(requestHeaders: Headers): Promise<void> {
  await getAuth().api.signOut({ headers: requestHeaders });
}

/** Changes a role; the last admin cannot demote themselves, so an installation never loses its admin. */
export async function changeRole(actorId: string, userId: string, role: RoleName): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('setu:roles'))`;
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!target) throw new AppError("NOT_FOUND", `No user with id ${userId}.`, { reason: "userNotFound" });
    if (target.role === role) return;
    if (target.role === "admin" && role !== "admin") {
      const admins = await tx.user.count({ where: { role: "admin" } });
      if (admins <= 1) throw new AppError("CONFLICT", "The last administrator cannot give up the admin role.", { reason: "lastAdmin" });
    }
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, { userId: actorId, action: "user.role", details: { target: userId, from: target.role, to: role } });
  });
}
