import { expect, type Page, test } from "@playwright/test";
import en from "../messages/en.json";
import { openEditor } from "./support/editor";
import { createUserWithRole, signedInPage } from "./support/users";

test.describe.configure({ timeout: 120_000 });

const m = en.editor;

/** The unit (its number) that holds the focus, or null when the focus is outside every unit. */
const focusedUnit = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest("[data-testid=unit-row]")?.getAttribute("data-unit-number") ?? null);

test("bulk approval asks in the editor's own dialog: focus inside, Esc cancels, confirming approves, the unit gets the focus back", async ({
  browser,
}) => {
  // No window.confirm: a browser dialog would fail the test here rather than be dismissed quietly.
  const page = await signedInPage(browser, createUserWithRole("reviewer", "bulk-dialog"));
  page.on("dialog", (dialog) => {
    throw new Error(`a browser dialog opened: ${dialog.message()}`);
  });
  await page.goto("/en/documents/new");
  const form = page.getByTestId("new-document-form");
  const title = `Bulk dialog ${Date.now()}`;
  await form.locator('input[name="title"]').fill(title);
  await form.locator('textarea[name="text"]').fill("किसान खेत गए। बारिश हुई। शाम को सब लौटे।");
  await form.locator('button[type="submit"]').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const id = page.url().split("/documents/")[1].split("?")[0];
  await openEditor(page, `/en/documents/${id}/edit`);

  const rows = page.getByTestId("unit-row");
  await rows.nth(0).getByTestId("unit-english").fill("The farmers went to the field.");
  await rows.nth(0).getByTestId("unit-english").press("Control+Enter");
  await expect(rows.nth(1).getByTestId("unit-english")).toBeFocused();
  await rows.nth(1).getByTestId("unit-english").fill("It rained.");
  await rows.nth(1).getByTestId("unit-english").press("Control+Enter");
  await expect(rows.nth(1)).toHaveAttribute("data-status", "translated");
  await expect(rows.nth(0)).toHaveAttribute("data-status", "translated");
  // Unit 3 is where the work stands when the reviewer reaches for the toolbar.
  await expect.poll(() => focusedUnit(page)).toBe("3");

  // Esc: nothing approved, the dialog gone, the focus back in unit 3.
  const bulk = page.getByRole("button", { name: m.bulkApprove });
  await bulk.click();
  const dialog = page.getByRole("dialog", { name: m.bulkApprove });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(m.bulkApproveConfirm);
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest("dialog"))).toBe(true);
  // The focus stays trapped: Tab from the last button does not leave the dialog for the page behind.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect
    .poll(() =>
      page.evaluate(
        () => !document.activeElement || document.activeElement === document.body || !!document.activeElement.closest("dialog"),
      ),
    )
    .toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => focusedUnit(page)).toBe("3");
  await expect(rows.nth(0)).toHaveAttribute("data-status", "translated");
  await expect(rows.nth(1)).toHaveAttribute("data-status", "translated");

  // Cancel, with its button: the same.
  await bulk.click();
  await dialog.getByRole("button", { name: m.cancel }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => focusedUnit(page)).toBe("3");
  await expect(rows.nth(0)).toHaveAttribute("data-status", "translated");

  // Confirmed: both translated units approved, the untranslated one left, and the focus in unit 3 again.
  await bulk.click();
  await dialog.getByRole("button", { name: m.confirm }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText("2 units approved.")).toBeVisible();
  await expect(rows.nth(0)).toHaveAttribute("data-status", "approved");
  await expect(rows.nth(1)).toHaveAttribute("data-status", "approved");
  await expect(rows.nth(2)).toHaveAttribute("data-status", "draft");
  await expect.poll(() => focusedUnit(page)).toBe("3");
  // A shortcut works from there: Alt+ArrowUp moves to unit 2.
  await page.keyboard.press("Alt+ArrowUp");
  await expect.poll(() => focusedUnit(page)).toBe("2");
});
