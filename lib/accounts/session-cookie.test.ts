import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseCookieHeader, sessionNeedsRefresh, verifySignedCookie } from "./session-cookie";

const SECRET = "a-secret-of-the-installation-0123456789";
const sign = (value: string, secret = SECRET) => `${value}.${createHmac("sha256", secret).update(value).digest("base64")}`;

describe("parseCookieHeader", () => {
  it("reads names and URI-decoded values; the first of a repeated name wins", () => {
    const jar = parseCookieHeader(`a=1; better-auth.session_token=tok.abc%2Bdef%3D; a=2; q="quoted"`);
    expect(jar.get("a")).toBe("1");
    expect(jar.get("better-auth.session_token")).toBe("tok.abc+def=");
    expect(jar.get("q")).toBe("quoted");
  });

  it("keeps a value that does not decode, and skips parts without a name", () => {
    const jar = parseCookieHeader("bad=%E0%A4; =x; junk");
    expect(jar.get("bad")).toBe("%E0%A4");
    expect(jar.size).toBe(1);
    expect(parseCookieHeader(null).size).toBe(0);
  });
});

describe("verifySignedCookie", () => {
  it("returns the value of a cookie signed with the secret", () => {
    expect(verifySignedCookie(sign("sessiontoken123"), SECRET)).toBe("sessiontoken123");
  });

  it("refuses another secret's signature, a changed value, a changed signature and no signature", () => {
    expect(verifySignedCookie(sign("sessiontoken123", "another-secret"), SECRET)).toBeNull();
    const good = sign("sessiontoken123");
    expect(verifySignedCookie(`sessiontoken124${good.slice(good.indexOf("."))}`, SECRET)).toBeNull();
    const flipped = good.slice(0, -2) + (good.at(-2) === "A" ? "B" : "A") + "=";
    expect(verifySignedCookie(flipped, SECRET)).toBeNull();
    expect(verifySignedCookie("sessiontoken123", SECRET)).toBeNull();
    expect(verifySignedCookie(".abc", SECRET)).toBeNull();
    expect(verifySignedCookie(`${good}x`, SECRET)).toBeNull();
    expect(verifySignedCookie(undefined, SECRET)).toBeNull();
  });

  it("verifies against the last dot, so a token with dots in it stays whole", () => {
    expect(verifySignedCookie(sign("a.b.c"), SECRET)).toBe("a.b.c");
  });
});

describe("sessionNeedsRefresh", () => {
  const day = 86_400_000;
  it("is due once less than expiresIn − updateAge is left", () => {
    const now = Date.UTC(2026, 11, 3);
    expect(sessionNeedsRefresh(new Date(now + 14 * day), now, 14 * 86_400, 86_400)).toBe(false);
    expect(sessionNeedsRefresh(new Date(now + 13 * day + 1), now, 14 * 86_400, 86_400)).toBe(false);
    expect(sessionNeedsRefresh(new Date(now + 13 * day), now, 14 * 86_400, 86_400)).toBe(true);
  });
});
