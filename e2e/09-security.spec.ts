import { expect, test } from "@playwright/test";
import { createUserWithRole, signedInPage } from "./support/users";

test("pages carry a nonce'd CSP and the security headers, and the app runs under them", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("admin", "csp"));
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });

  const response = await page.goto("/en/documents/new");
  const headers = response?.headers() ?? {};
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // A fresh nonce per request.
  const again = (await page.request.get("/en/documents/new")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);

  // The app works: create a document through the form (React, server action, navigation).
  const form = page.getByTestId("new-document-form");
  await form.locator('input[name="title"]').fill(`CSP ${Date.now()}`);
  await form.locator('textarea[name="text"]').fill("किसान खेत गए। बारिश हुई।");
  await form.locator('button[type="submit"]').click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("CSP");
  const id = page.url().split("/documents/")[1].split("?")[0];
  await page.goto(`/en/documents/${id}/edit`);
  await expect(page.getByTestId("unit-row").first()).toBeVisible();

  // Using the app raised no CSP violation at all.
  expect(violations).toEqual([]);

  // Markup injected into the page (as an XSS would) cannot run script: inline handlers are refused.
  await page.evaluate(() => {
    const div = document.createElement("div");
    div.innerHTML = '<img src="data:," onerror="window.__injected = true" alt="">';
    document.body.appendChild(div);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations.every((v) => v.startsWith("script-src"))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();

  // API responses render nothing.
  const api = await page.request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test("the real server refuses another origin and answers hostile URLs with 4xx, not 500", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("admin", "origin"));
  const approve = await page.request.post("/api/documents/nope/bulk-approve", {
    headers: { origin: "http://evil.example", "content-type": "text/plain" },
    data: "{}",
  });
  expect(approve.status()).toBe(403);
  expect((await approve.json()).error.details.reason).toBe("crossOrigin");
  const plain = await page.request.post("/api/documents/nope/bulk-approve", { headers: { "content-type": "text/plain" }, data: "{}" });
  expect(plain.status()).toBe(415);

  expect((await page.goto("/en?q=%00"))?.status()).toBe(200);
  expect((await page.goto("/en/audit?documentId=%00"))?.status()).toBe(200);
  expect((await page.goto("/en/documents/a%00b"))?.status()).toBe(404);
  expect((await page.request.get("/api/documents/a%00b/units?ids=1")).status()).toBe(404);
  expect((await page.request.get("/api/units/99999999999/history")).status()).toBe(400);
});
