import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/accounts/password";
import { AppError } from "@/lib/errors";
import { baseUrl, env } from "./env";
import { AUTH_REFUSAL_PREFIX, assertSignUpAllowed, claimForNewAccount, hashInvitationToken } from "./invitations";
import { prisma } from "./prisma";
import { assertSameOriginHeaders } from "./request-guard";

interface SignUpBody {
  email?: unknown;
  invitationToken?: unknown;
}

/**
 * Our refusals cross better-auth as its own error type (anything else it turns into "failed to create
 * user"), with the reason in the code; createUser (features/accounts) turns them back into the AppError.
 */
async function asAuthError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) {
      const status = error.code === "NOT_FOUND" ? "NOT_FOUND" : error.code === "GONE" ? "GONE" : "FORBIDDEN";
      throw new APIError(status, { message: error.message, code: `${AUTH_REFUSAL_PREFIX}${error.reason}` });
    }
    throw error;
  }
}

function bodyOf(context: unknown): SignUpBody | undefined {
  return (context as { body?: SignUpBody } | null | undefined)?.body;
}

/**
 * better-auth with its Prisma adapter: users, credential accounts (passwords hashed with scrypt)
 * and sessions all live in PostgreSQL, so any app instance can serve any request.
 * The app talks to it through server actions (features/accounts) rather than its HTTP
 * endpoints, so that sign-in rate limiting and input validation cannot be bypassed.
 */
function createAuth() {
  const baseURL = baseUrl();
  return betterAuth({
    appName: "Setu",
    baseURL,
    // Session cookies are Secure (and __Secure- prefixed) whenever Setu is served over https;
    // they are HttpOnly and SameSite=Lax either way (better-auth's defaults).
    advanced: { useSecureCookies: baseURL.startsWith("https://") },
    secret: env().BETTER_AUTH_SECRET,
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      autoSignIn: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
    },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "translator", input: false },
      },
    },
    // Sign-up (#16): open, or by invitation only (instance_setting accounts.signup). Enforced here, in
    // better-auth's own sign-up path, whoever calls it (lib/server/invitations.ts has the rules).
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-up/email") return;
        // Setu calls sign-up from its server action (Next checks the origin there); should better-auth's
        // own handler ever be reachable, another site's form must not create accounts through it.
        await asAuthError(async () => {
          if (ctx.headers) assertSameOriginHeaders("POST", ctx.headers);
          await assertSignUpAllowed(ctx.body as SignUpBody | undefined);
        });
      }),
    },
    databaseHooks: {
      user: {
        create: {
          // Right before the account's INSERT: the invitation is claimed (atomically), or the setting asked again.
          before: async (user, context) => {
            await asAuthError(() => claimForNewAccount(user.email, bodyOf(context)?.invitationToken));
          },
          after: async (user, context) => {
            const token = bodyOf(context)?.invitationToken;
            await setUpNewAccount(user.id, typeof token === "string" && token !== "" ? hashInvitationToken(token) : null);
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { setuAuth?: Auth };

/** Created on first use: building the app must not need a database. */
export function getAuth(): Auth {
  globalForAuth.setuAuth ??= createAuth();
  return globalForAuth.setuAuth;
}

/**
 * The first account of an installation becomes admin (the advisory lock serialises concurrent first
 * sign-ups, so exactly one of them wins). An account created through an invitation (the one this sign-up
 * claimed, `invitationHash`) joins that invitation's project with its role, and only that one; any other
 * new account joins the installation's default project (instance_setting accounts.defaultProject,
 * "Default" since the projects migration), if there is one, as a translator — as its manager when it is
 * the first admin.
 */
export async function setUpNewAccount(userId: string, invitationHash: string | null = null): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('setu:first-admin'))`;
    await tx.$executeRaw`
      UPDATE "user" SET role = 'admin'
      WHERE id = ${userId}
        AND NOT EXISTS (SELECT 1 FROM "user" WHERE role = 'admin' AND id <> ${userId})`;
    if (invitationHash) {
      // The claim (user.create.before) set used_at; only this sign-up's claim is used and has nobody yet.
      const [invitation] = await tx.$queryRaw<{ id: string; projectId: string; role: string }[]>`
        UPDATE invitation SET used_by_id = ${userId}
        WHERE token_hash = ${invitationHash} AND used_at IS NOT NULL AND used_by_id IS NULL
        RETURNING id, project_id AS "projectId", role::text AS role`;
      if (invitation) {
        await tx.$executeRaw`
          INSERT INTO project_member (project_id, user_id, role)
          VALUES (${invitation.projectId}, ${userId}, ${invitation.role}::"ProjectRole") ON CONFLICT DO NOTHING`;
        await tx.auditLog.create({
          data: {
            userId,
            action: "invitation.use",
            details: { invitationId: invitation.id, projectId: invitation.projectId, role: invitation.role },
          },
        });
        return;
      }
    }
    await tx.$executeRaw`
      INSERT INTO project_member (project_id, user_id, role)
      SELECT p.id, u.id, (CASE WHEN u.role = 'admin' THEN 'manager' ELSE 'translator' END)::"ProjectRole"
      FROM instance_setting s JOIN project p ON p.id = s.value #>> '{}' JOIN "user" u ON u.id = ${userId}
      WHERE s.key = 'accounts.defaultProject'
      ON CONFLICT DO NOTHING`;
  });
}
