import { expect, type Page } from "@playwright/test";

export const PASSWORD = "correct horse 7";

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.test`;
}

export async function signUp(page: Page, name: string, email: string, locale: "en" | "hi" = "en") {
  await page.goto(`/${locale}/sign-up`);
  await page.locator('input[name="name"]').fill(name);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(page.getByTestId("whoami")).toContainText(email);
}

export async function signIn(page: Page, email: string, locale: "en" | "hi" = "en") {
  await page.goto(`/${locale}/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(page.getByTestId("whoami")).toContainText(email);
}
