import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { type Browser, expect, type Page } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./accounts";

const root = path.resolve(__dirname, "../..");

/** Runs the app's own CLI against the e2e server's database and returns what it printed. */
export function setu(args: string[]): string {
  const databaseUrl = readFileSync(path.join(root, "test-results", `e2e-db-url-${process.env.E2E_PORT ?? 3100}`), "utf8").trim();
  return execFileSync(process.execPath, [path.join(root, "cli/setu.mjs"), ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789abcdef" },
    stdio: "pipe",
    encoding: "utf8",
  });
}

/** Creates an account with a role through the app's own CLI, against the e2e server's database. */
export function createUserWithRole(role: "translator" | "reviewer" | "admin", label: string = role): string {
  const email = uniqueEmail(label);
  setu(["user", "create", "--email", email, "--password", PASSWORD, "--role", role, "--name", label]);
  return email;
}

/** A page signed in as the given user, in its own browser context (on another instance when `baseURL` says so). */
export async function signedInPage(browser: Browser, email: string, locale: "en" | "hi" = "en", baseURL?: string): Promise<Page> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  await page.goto(`/${locale}/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(page.getByTestId("whoami")).toContainText(email);
  return page;
}
