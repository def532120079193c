import { AsyncLocalStorage } from "node:async_hooks";
import { vi } from "vitest";

/**
 * Calls Setu's route handlers as the HTTP server would: a real Request, the real handler (wrapper,
 * session lookup through better-auth with a real signed session cookie, policy, mutation, database).
 * Only Next's request scope is stood in for: `headers()` from next/headers answers the headers of
 * the request being handled (kept per call, so concurrent calls do not see each other's).
 *
 * A test file that uses it must call `vi.mock("next/headers", () => nextHeadersMock)` at the top.
 */
const scope = new AsyncLocalStorage<Headers>();

export const nextHeadersMock = {
  headers: async () => scope.getStore() ?? new Headers(),
  cookies: async () => {
    const header = scope.getStore()?.get("cookie") ?? "";
    const jar = new Map(
      header
        .split(";")
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)] as const),
    );
    return { get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined), set: () => {}, getAll: () => [] };
  },
};

export const ORIGIN = process.env.SETU_URL ?? "http://localhost:3000";

/**
 * Runs a server action as the request of this session cookie (null: no session) would: the real
 * session lookup reads the cookie through the mocked next/headers.
 */
export function asSession<T>(cookie: string | null, run: () => Promise<T>): Promise<T> {
  const headers = new Headers({ host: new URL(ORIGIN).host, origin: ORIGIN });
  if (cookie) headers.set("cookie", cookie);
  return scope.run(headers, run);
}

// `never` for the context: any route's own params type is accepted (parameters are contravariant).
type Handler = (request: Request, context: never) => Promise<Response>;

export interface CallOptions {
  /** A session cookie ("name=value"), or null for an anonymous request. */
  cookie?: string | null;
  params?: Record<string, string>;
  /** A JSON body (sent as application/json unless contentType says otherwise). */
  json?: unknown;
  form?: FormData;
  /** A raw body with its own content type (for the content-type refusals). */
  raw?: { body: string; contentType: string };
  /** The Origin header; a browser on Setu's own page sends ORIGIN (the default). null: none. */
  origin?: string | null;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  body: { error?: { code: string; message: string; details?: Record<string, unknown> } } & Record<string, unknown>;
  headers: Headers;
}

export async function call(handler: Handler, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers = new Headers(options.headers);
  const origin = options.origin === undefined ? ORIGIN : options.origin;
  if (origin !== null) headers.set("origin", origin);
  if (options.cookie) headers.set("cookie", options.cookie);
  headers.set("host", new URL(ORIGIN).host);
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(options.json);
  } else if (options.raw) {
    headers.set("content-type", options.raw.contentType);
    body = options.raw.body;
  } else if (options.form) {
    // Let Request pick the multipart boundary, as a browser does.
    const probe = new Request("http://x/", { method: "POST", body: options.form });
    headers.set("content-type", probe.headers.get("content-type") ?? "");
    body = await probe.arrayBuffer();
  }
  const request = new Request(new URL(path, ORIGIN), { method, headers, body });
  const response = await scope.run(request.headers, () => handler(request, { params: Promise.resolve(options.params ?? {}) } as never));
  const text = await response.text();
  let parsed: CallResult["body"] = {};
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    parsed = { text };
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

/** Signs in through better-auth itself and returns the session cookie a browser would hold. */
export async function sessionCookie(email: string, password: string): Promise<string> {
  const { getAuth } = await import("@/lib/server/auth");
  const response = (await getAuth().api.signInEmail({ body: { email, password }, asResponse: true })) as Response;
  const setCookie = response.headers.get("set-cookie") ?? "";
  const match = /(?:^|,\s*)([^=;,\s]*session_token)=([^;]+)/.exec(setCookie);
  if (!match) throw new Error(`no session cookie in ${setCookie}`);
  return `${match[1]}=${match[2]}`;
}

export { vi };
