import { expect, type Page } from "@playwright/test";

/**
 * Opens the editor at `url` and returns once it is interactive: the rows arrive server-rendered, and
 * keys pressed into them before React has hydrated change the DOM but reach no handler (nothing is
 * saved — the flake seen under CI load). The editor focuses a unit's English box from an effect, so
 * that focus is the sign that it is live.
 */
export async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('[data-testid="unit-english"]:focus')).toHaveCount(1);
}
