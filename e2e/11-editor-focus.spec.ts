import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { shortcutsFor } from "../lib/editor/shortcuts";
import { createDocument } from "./support/documents";
import { openEditor } from "./support/editor";
import { createUserWithRole, signedInPage } from "./support/users";

// Twenty short sentences: enough that ten Ctrl+Enter steps walk well past the first screen.
const HINDI = Array.from({ length: 20 }, (_, i) => `वाक्य संख्या ${i + 1} यहाँ है और गाँव के किसान सुबह खेत गए।`);

const newDocument = (page: Page, title: string, sentences = HINDI) => createDocument(page, { title, text: sentences.join(" ") });

/** The unit (its number) that holds the focus, or null when the focus is outside every unit. */
const focusedUnit = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest("[data-testid=unit-row]")?.getAttribute("data-unit-number") ?? null);

/** Where the focused unit's row sits relative to the window and the list, in pixels. */
const focusedRowBox = (page: Page) =>
  page.evaluate(() => {
    const row = document.activeElement?.closest("[data-testid=unit-row]");
    const list = document.querySelector("[data-testid=editor-scroller]");
    if (!row || !list) return null;
    const r = row.getBoundingClientRect();
    const l = list.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, listTop: l.top, listBottom: l.bottom, window: window.innerHeight };
  });

const fullyInView = (box: Awaited<ReturnType<typeof focusedRowBox>>) =>
  box !== null && box.top >= box.listTop && box.bottom <= box.listBottom && box.top >= 0 && box.bottom <= box.window;

test("the editor opens on the first untranslated unit, and 10 × Ctrl+Enter keeps the active row fully in the window", async ({
  browser,
}) => {
  const page = await signedInPage(browser, createUserWithRole("translator", "focus"));
  await page.setViewportSize({ width: 1400, height: 900 });
  const id = await newDocument(page, `Focus ${Date.now()}`);
  await openEditor(page, `/en/documents/${id}/edit`);
  // A fresh document: unit 1 has the focus, in its English box, without a click or a Tab.
  await expect(page.getByRole("textbox", { name: "English for unit 1", exact: true })).toBeFocused();
  await page.keyboard.type("Sentence one.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("textbox", { name: "English for unit 2", exact: true })).toBeFocused();
  await page.keyboard.type("Sentence two.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("textbox", { name: "English for unit 3", exact: true })).toBeFocused();
  await expect(page.getByTestId("unit-row").nth(1)).toHaveAttribute("data-status", "translated");
  await expect(page.getByTestId("save-state").nth(1)).toHaveText("Saved");

  // Reopened, the editor goes straight to unit 3, the first one still in draft.
  await page.reload();
  await expect(page.getByRole("textbox", { name: "English for unit 3", exact: true })).toBeFocused();
  await expect.poll(async () => fullyInView(await focusedRowBox(page))).toBe(true);

  for (let n = 3; n < 13; n++) {
    await page.keyboard.insertText(`Sentence ${n}, a little longer so that the row has some height to it.`);
    await page.keyboard.press("Control+Enter");
    await expect(page.getByRole("textbox", { name: `English for unit ${n + 1}` })).toBeFocused();
    await expect.poll(async () => fullyInView(await focusedRowBox(page)), { message: `unit ${n + 1} fully in view` }).toBe(true);
  }
  // The list itself fits the window: its bottom edge is on screen.
  const box = await focusedRowBox(page);
  expect(box?.listBottom).toBeLessThanOrEqual(900);

  // Jumping and navigating back keep the row in view as well.
  await page.keyboard.press("Alt+ArrowUp");
  await expect(page.getByRole("textbox", { name: "English for unit 12", exact: true })).toBeFocused();
  await expect.poll(async () => fullyInView(await focusedRowBox(page))).toBe(true);
});

test("focus goes back to the unit after every dialog, so the shortcuts keep working", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("reviewer", "dialogs"));
  await page.setViewportSize({ width: 1400, height: 900 });
  const id = await newDocument(page, `Dialogs ${Date.now()}`, HINDI.slice(0, 4));
  await openEditor(page, `/en/documents/${id}/edit`);
  const rows = page.getByTestId("unit-row");
  await expect(page.getByRole("textbox", { name: "English for unit 1", exact: true })).toBeFocused();

  // Comments: the dialog takes the focus, Esc closes it, unit 2 has the focus again.
  await rows.nth(1).getByRole("button", { name: "Comments" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest("dialog"))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => focusedUnit(page)).toBe("2");

  // History, closed with its button.
  await rows.nth(2).getByRole("button", { name: "History (3)" }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => focusedUnit(page)).toBe("3");

  // Split (on a merged unit), cancelled with Esc.
  await rows.nth(0).getByRole("button", { name: "Merge with next (1)" }).click();
  await expect(rows).toHaveCount(3);
  await rows.nth(0).getByRole("button", { name: "Split… (1)" }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => focusedUnit(page)).toBe("1");

  // Reject, confirmed: the row's buttons change with the status, and the unit still has the focus.
  await rows.nth(1).getByTestId("unit-english").fill("Sentence two.");
  await rows.nth(1).getByTestId("unit-english").press("Control+Enter");
  await expect(rows.nth(1)).toHaveAttribute("data-status", "translated");
  await rows.nth(1).getByRole("button", { name: "Reject", exact: true }).click();
  await dialog.getByRole("textbox").fill("Say which sentence.");
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await expect(rows.nth(1)).toHaveAttribute("data-status", "rejected");
  await expect.poll(() => focusedUnit(page)).toBe("2");
  // A shortcut works from there: Alt+ArrowDown moves on to unit 3.
  await page.keyboard.press("Alt+ArrowDown");
  await expect.poll(() => focusedUnit(page)).toBe("3");
});

/** How many unit rows sit fully inside the list right now. */
const rowsInView = (page: Page) =>
  page.evaluate(() => {
    const list = document.querySelector("[data-testid=editor-scroller]")?.getBoundingClientRect();
    if (!list) return 0;
    return [...document.querySelectorAll("[data-testid=unit-row]")].filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= list.top && r.bottom <= list.bottom;
    }).length;
  });

test("the compact view shows at least 8 units of the seed article at 1400×900, and ? lists every shortcut", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("reviewer", "dense"));
  await page.setViewportSize({ width: 1400, height: 900 });
  const article = readFileSync(path.join(__dirname, "../tests/fixtures/hindi-news-7-lines.txt"), "utf8");
  const id = await newDocument(page, `Dense ${Date.now()}`, [article]);
  await openEditor(page, `/en/documents/${id}/edit`);
  await expect(page.getByRole("textbox", { name: "English for unit 1", exact: true })).toBeFocused();
  const comfortable = await rowsInView(page);
  await page.getByLabel("Compact view").check();
  await expect.poll(() => rowsInView(page)).toBeGreaterThanOrEqual(8);
  console.log(`seed article at 1400×900: ${comfortable} units fully visible comfortable, ${await rowsInView(page)} compact`);
  // Remembered after a reload.
  await page.reload();
  await expect(page.getByLabel("Compact view")).toBeChecked();
  await expect.poll(() => rowsInView(page)).toBeGreaterThanOrEqual(8);

  // "?" on a unit opens the list of every shortcut (reviewers see theirs); Esc gives the unit its focus back.
  await page.keyboard.press("Escape");
  await expect.poll(() => focusedUnit(page)).toBe("1");
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog.getByTestId("shortcuts").locator("tbody tr")).toHaveCount(shortcutsFor(true).length);
  await expect(dialog.getByTestId("shortcuts")).toContainText("Alt+Shift+R");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => focusedUnit(page)).toBe("1");
  // The help line comes from the same table.
  await expect(page.getByTestId("keyboard-help")).toContainText("Ctrl+Enter marks translated and moves on");
});
