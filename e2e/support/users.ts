import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { type Browser, expect, type Page } from "@playwright/test";
import pg from "pg";
import { PASSWORD, uniqueEmail } from "./accounts";

const root = path.resolve(__dirname, "../..");

/** The e2e server's own database (scripts/e2e-server.mjs writes its URL). */
function e2eDatabaseUrl(): string {
  return readFileSync(path.join(root, "test-results", `e2e-db-url-${process.env.E2E_PORT ?? 3100}`), "utf8").trim();
}

/** One statement against the e2e server's database: to age a row past a deadline, or to prove nothing was stored. */
export async function e2eQuery<Row extends Record<string, unknown>>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Runs the app's own CLI against the e2e server's database and returns what it printed. */
export function setu(args: string[]): string {
  return execFileSync(process.execPath, [path.join(root, "cli/setu.mjs"), ...args], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), BETTER_AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789abcdef" },
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
