import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The cookies of a Cookie header by name, read the way better-auth reads them (better-call's
 * parseCookies): the first occurrence of a name wins, surrounding quotes are dropped and the value
 * is URI-decoded (kept as it is when it does not decode).
 */
export function parseCookieHeader(header: string | null | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    const name = part.slice(0, eq).trim();
    if (name === "" || cookies.has(name)) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    cookies.set(name, decodeValue(value));
  }
  return cookies;
}

function decodeValue(value: string): string {
  if (!value.includes("%")) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The value of a cookie better-auth signed (better-call's signCookieValue: `value.` + base64 of
 * HMAC-SHA256(secret, value)), or null when the signature is missing, malformed or wrong. The
 * comparison takes the same time whatever the signature, so it tells an attacker nothing.
 */
export function verifySignedCookie(signed: string | undefined, secret: string): string | null {
  if (!signed) return null;
  const dot = signed.lastIndexOf(".");
  if (dot < 1) return null;
  const value = signed.slice(0, dot);
  const signature = signed.slice(dot + 1);
  // A base64 HMAC-SHA256 is 44 characters ending in "=" (better-call refuses anything else unread).
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  const expected = createHmac("sha256", secret).update(value).digest("base64");
  const given = Buffer.from(signature, "latin1");
  const wanted = Buffer.from(expected, "latin1");
  return given.length === wanted.length && timingSafeEqual(given, wanted) ? value : null;
}

/**
 * Whether better-auth would extend a session now (its getSession): once less than
 * `expiresIn − updateAge` seconds are left, i.e. at most once per `updateAge`.
 */
export function sessionNeedsRefresh(expiresAt: Date, now: number, expiresInSeconds: number, updateAgeSeconds: number): boolean {
  return expiresAt.getTime() - expiresInSeconds * 1000 + updateAgeSeconds * 1000 <= now;
}
