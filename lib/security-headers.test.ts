import { describe, expect, it } from "vitest";
import { pageCsp } from "./security-headers";

describe("page CSP", () => {
  it("allows scripts only with the nonce, forbids framing, and adds eval only in development", () => {
    const csp = pageCsp("abc", { dev: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(pageCsp("abc", { dev: true, https: true })).toMatch(/'unsafe-eval'.*upgrade-insecure-requests/);
  });
});
