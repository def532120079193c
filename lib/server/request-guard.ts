import "server-only";
import { AppError } from "@/lib/errors";
import { allowedOrigins } from "./env";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The body types Setu's route handlers read: JSON for the editor API, multipart for uploads. */
const BODY_TYPES = new Set(["application/json", "multipart/form-data"]);

export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
}

/**
 * CSRF defence for route handlers (server actions have Next's own). A state-changing request must
 * come from Setu's own origin: the browser's Origin header is compared with SETU_URL (and
 * SETU_ALLOWED_ORIGINS) and with the Host the request was sent to, so another site, another port
 * or a sibling subdomain is refused (SameSite=Lax cookies do not stop those). A request with
 * neither Origin nor Sec-Fetch-Site comes from no browser (curl, scripts) and carries no
 * ambient credentials a third party could abuse, so it passes on to the session check.
 */
export function assertSameOrigin(request: Request): void {
  assertSameOriginHeaders(request.method, request.headers);
}

/** The same check on a request's method and headers (better-auth's sign-up hook has no Request of its own). */
export function assertSameOriginHeaders(method: string, headers: Headers): void {
  if (SAFE_METHODS.has(method)) return;
  const origin = headers.get("origin");
  if (origin === null) {
    const site = headers.get("sec-fetch-site");
    if (site === null || site === "same-origin" || site === "none") return;
    throw crossOrigin(`a ${site} request`);
  }
  if (origin === "null") throw crossOrigin("an opaque origin");
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    throw crossOrigin(JSON.stringify(origin));
  }
  if (allowedOrigins().includes(parsed.origin)) return;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (host !== null && parsed.host === host.split(",")[0].trim()) return;
  throw crossOrigin(parsed.origin);
}

function crossOrigin(what: string): AppError {
  return new AppError("FORBIDDEN", `Refused ${what}: state-changing requests must come from Setu's own pages.`, {
    reason: "crossOrigin",
  });
}

/**
 * A state-changing request with a body must say it is JSON or multipart: text/plain and
 * url-encoded bodies are what a cross-site form can send without a preflight, and no route reads them.
 */
export function assertBodyType(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const type = mediaType(request);
  if (type === "" && (request.body === null || request.headers.get("content-length") === "0")) return;
  if (!BODY_TYPES.has(type)) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      `A ${type || "body without a content type"} is not accepted here; send JSON or a multipart form.`,
      {
        reason: "contentType",
        contentType: type,
      },
    );
  }
}

/** For readers of one kind of body: anything else is a 415 naming what was sent. */
export function assertMediaType(request: Request, expected: "application/json" | "multipart/form-data"): void {
  const type = mediaType(request);
  if (type !== expected) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Expected ${expected}, got ${type || "no content type"}.`, {
      reason: "contentType",
      contentType: type,
      expected,
    });
  }
}
