import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/accounts/password";
import { baseUrl, env } from "./env";
import { prisma } from "./prisma";

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
    databaseHooks: {
      user: {
        create: {
          after: async (user) => {
            await setUpNewAccount(user.id);
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
 * sign-ups, so exactly one of them wins). Every new account joins the installation's default project
 * (instance_setting accounts.defaultProject, "Default" since the projects migration), if there is one,
 * as a translator — as its manager when it is the first admin.
 */
export async function setUpNewAccount(userId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('setu:first-admin'))`;
    await tx.$executeRaw`
      UPDATE "user" SET role = 'admin'
      WHERE id = ${userId}
        AND NOT EXISTS (SELECT 1 FROM "user" WHERE role = 'admin' AND id <> ${userId})`;
    await tx.$executeRaw`
      INSERT INTO project_member (project_id, user_id, role)
      SELECT p.id, u.id, (CASE WHEN u.role = 'admin' THEN 'manager' ELSE 'translator' END)::"ProjectRole"
      FROM instance_setting s JOIN project p ON p.id = s.value #>> '{}' JOIN "user" u ON u.id = ${userId}
      WHERE s.key = 'accounts.defaultProject'
      ON CONFLICT DO NOTHING`;
  });
}
