import type { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { pageCsp } from "./lib/security-headers";

const handleI18nRouting = createMiddleware(routing);

/**
 * Locale routing, and a fresh CSP nonce for every page request: Next reads the policy from the
 * request headers and puts the nonce on its own scripts; the browser gets the same policy.
 * Permission checks live in every page, action and route handler, not here.
 */
export default function proxy(request: NextRequest): NextResponse {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const csp = pageCsp(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: (process.env.SETU_URL ?? "").startsWith("https://"),
  });
  // next-intl builds its response from a copy of these headers, so Next's renderer sees them.
  request.headers.set("content-security-policy", csp);
  request.headers.set("x-nonce", nonce);
  const response = handleI18nRouting(request);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
