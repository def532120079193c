import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { parseCookieHeader, sessionNeedsRefresh, verifySignedCookie } from "@/lib/accounts/session-cookie";
import type { Role } from "@/lib/editor/status";
import { getAuth } from "./auth";
import { prisma } from "./prisma";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** A query about the signed-in user (their membership of the project of a unit, say), given their id as SQL. */
export type UserScope = (userId: Prisma.Sql) => Prisma.Sql;

interface SessionRow {
  id: string;
  email: string;
  name: string;
  role: string;
  expiresAt: Date;
  scoped: unknown;
}

export type SessionLookup<R> = { user: SessionUser; scoped: R | null } | null | "ask-better-auth";

/**
 * The signed-in user of a request in one query, as better-auth's getSession would answer it, for the
 * requests an open editor sends every few seconds (getSession costs two queries and its endpoint
 * machinery each time) — with, in the same query, the first row of `scope` when given (a route's
 * membership check). The cookie's signature is checked as better-auth checks it (HMAC-SHA256 with the
 * instance's secret); the session row and its user are read on every request — no cookie cache — so a
 * sign-out, an expiry or a role change applies to the very next request.
 *
 * Whatever would make getSession write or answer differently is handed to getSession itself
 * ("ask-better-auth"): no session row (it clears the cookie), an expired one (it deletes the row), one
 * due for its once-a-day extension (it moves expiresAt and re-sets the cookie), a leftover cookie-cache
 * cookie, or a configuration with a cookie cache or secondary storage. So the extension still happens,
 * once per updateAge, by better-auth's own code. null: no validly signed session cookie.
 */
export async function findSessionUser<R = never>(headers: Headers, scope?: UserScope, now = Date.now()): Promise<SessionLookup<R>> {
  const auth = await getAuth().$context;
  // Setu's configuration has neither; should one be turned on, better-auth answers every request again.
  const options = auth.options.session as { cookieCache?: { enabled?: boolean }; disableSessionRefresh?: boolean } | undefined;
  if (options?.cookieCache?.enabled || auth.secondaryStorage) return "ask-better-auth";
  const cookies = parseCookieHeader(headers.get("cookie"));
  const token = verifySignedCookie(cookies.get(auth.authCookies.sessionToken.name), auth.secret);
  if (token === null) return null;
  const cacheCookie = auth.authCookies.sessionData.name;
  if ([...cookies.keys()].some((name) => name === cacheCookie || name.startsWith(`${cacheCookie}.`))) return "ask-better-auth";
  const scoped = scope ? Prisma.sql`(SELECT to_jsonb(x) FROM (${scope(Prisma.sql`su.id`)}) x LIMIT 1)` : Prisma.sql`NULL::jsonb`;
  const rows = await prisma.$queryRaw<SessionRow[]>`
    SELECT su.id, su.email, su.name, su.role::text AS role, s."expiresAt", ${scoped} AS scoped
    FROM session s JOIN "user" su ON su.id = s."userId"
    WHERE s.token = ${token}`;
  const row = rows[0];
  if (!row || row.expiresAt.getTime() < now) return "ask-better-auth";
  // A session that is not to be remembered is never extended (better-auth's dont_remember cookie).
  const remembered = verifySignedCookie(cookies.get(auth.authCookies.dontRememberToken.name), auth.secret) === null;
  const { expiresIn, updateAge } = auth.sessionConfig;
  if (remembered && !options?.disableSessionRefresh && sessionNeedsRefresh(row.expiresAt, now, expiresIn, updateAge)) {
    return "ask-better-auth";
  }
  return { user: { id: row.id, email: row.email, name: row.name, role: asRole(row.role) }, scoped: (row.scoped as R | null) ?? null };
}

export function asRole(value: unknown): Role {
  return value === "translator" || value === "reviewer" || value === "admin" ? value : "translator";
}

/**
 * For a stream that outlives its request (the live route): whether the session it was opened with is still
 * there, unexpired and for the same user — with that user's role as it is now and the first row of `scope`
 * about them, in one query. It never extends the session (an ordinary request does that through
 * better-auth). With a cookie cache or secondary storage configured, sessions may not be rows: the answer is
 * then null, so streams end (fail closed) rather than outlive a sign-out.
 */
export async function findStreamSessions<R>(
  streams: readonly { headers: Headers; userId: string }[],
  scope: UserScope,
): Promise<({ role: Role; scoped: R | null } | null)[]> {
  const auth = await getAuth().$context;
  const options = auth.options.session as { cookieCache?: { enabled?: boolean } } | undefined;
  if (options?.cookieCache?.enabled || auth.secondaryStorage) return streams.map(() => null);
  const tokens = streams.map(
    ({ headers }) =>
      verifySignedCookie(parseCookieHeader(headers.get("cookie")).get(auth.authCookies.sessionToken.name), auth.secret) ?? "",
  );
  if (tokens.every((token) => token === "")) return streams.map(() => null);
  const rows = await prisma.$queryRaw<{ i: number; role: string; scoped: unknown }[]>`
    SELECT t.i::int AS i, su.role::text AS role, (SELECT to_jsonb(x) FROM (${scope(Prisma.sql`su.id`)}) x LIMIT 1) AS scoped
    FROM unnest(${tokens}::text[], ${streams.map((s) => s.userId)}::text[]) WITH ORDINALITY AS t(token, user_id, i)
    JOIN session s ON s.token = t.token AND s."userId" = t.user_id AND s."expiresAt" > now()
    JOIN "user" su ON su.id = s."userId"
    WHERE t.token <> ''`;
  const found: ({ role: Role; scoped: R | null } | null)[] = streams.map(() => null);
  for (const row of rows) found[row.i - 1] = { role: asRole(row.role), scoped: (row.scoped as R | null) ?? null };
  return found;
}
