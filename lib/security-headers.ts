/**
 * The pages' Content-Security-Policy, built per request with a nonce by proxy.ts. The headers every
 * response carries (nosniff, Referrer-Policy, Permissions-Policy, …) are set in next.config.mjs.
 *
 * Scripts run only from Setu's own origin with the request's nonce ('strict-dynamic' lets Next's
 * nonce'd bootstrap load its chunks); no inline script or eval in production. Style elements need
 * the nonce too; style *attributes* stay allowed (`style-src-attr 'unsafe-inline'`) because React
 * renders a few (progress bars, the editor's virtual list positions) and an attribute cannot run
 * code. Nothing may frame Setu, and forms post only to Setu.
 */
export function pageCsp(nonce: string, options: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}
