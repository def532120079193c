import { expect, type Page, test } from "@playwright/test";
import { openEditor } from "./support/editor";
import { createUserWithRole, signedInPage } from "./support/users";

const HINDI = ["किसान सुबह खेत गए।", "किसान की पत्नी घर पर रही।", "बारिश गाँव पर गिरी।", "गाँव के लोग चिंतित थे।"];
const ENGLISH = ["The farmer went to the field at dawn.", "The Farmer's wife stayed at home.", "Rain fell on the village."];

// Each test types a document's translation and walks it by keyboard: more than the default minute on a busy machine.
test.describe.configure({ timeout: 150_000 });

const rows = (page: Page) => page.getByTestId("unit-row");
const english = (page: Page) => page.getByTestId("unit-english");

async function translatedDocument(page: Page, title: string): Promise<string> {
  await page.goto("/en/documents/new");
  const form = page.getByTestId("new-document-form");
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Paste Hindi text").fill(HINDI.join(" "));
  await form.getByRole("button", { name: "Create document" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const id = page.url().split("/documents/")[1].split("?")[0];
  await openEditor(page, `/en/documents/${id}/edit`);
  await expect(rows(page)).toHaveCount(HINDI.length);
  await expect(english(page).nth(0)).toBeFocused();
  for (const [i, text] of ENGLISH.entries()) {
    // Typing only once the unit has the focus: Ctrl+Enter moves it on in the next frame.
    await expect(english(page).nth(i)).toBeFocused();
    await page.keyboard.insertText(text);
    await page.keyboard.press("Control+Enter");
  }
  await expect(english(page).nth(ENGLISH.length)).toBeFocused();
  for (const n of [0, 1, 2]) await expect(rows(page).nth(n)).toHaveAttribute("data-status", "translated");
  return id;
}

test("find marks hits in the Hindi and the English and steps through them by keyboard", async ({ browser }, info) => {
  const page = await signedInPage(browser, createUserWithRole("translator", "finder"));
  await page.setViewportSize({ width: 1400, height: 900 });
  await translatedDocument(page, `Find ${Date.now()}`);

  await page.keyboard.press("Control+f");
  const input = page.getByTestId("find-input");
  await expect(input).toBeFocused();
  await page.keyboard.type("farmer");
  // Case-insensitive by default: both English units.
  await expect(page.getByTestId("find-count")).toHaveText("1 of 2");
  await expect(rows(page).nth(0).getByTestId("find-hit")).toHaveText("farmer");
  await expect(rows(page).nth(1).getByTestId("find-hit")).toHaveText("Farmer");
  await page.getByLabel("Match case").check();
  await expect(page.getByTestId("find-count")).toHaveText("1 of 1");
  await page.getByLabel("Match case").uncheck();

  // Hindi: गाँव in the Hindi of units 3 and 4.
  await input.fill("गाँव");
  await expect(page.getByTestId("find-count")).toHaveText("1 of 2");
  await expect(rows(page).nth(2).locator("mark.find-hit.current")).toHaveText("गाँव");
  await input.press("Enter");
  await expect(page.getByTestId("find-count")).toHaveText("2 of 2");
  await expect(rows(page).nth(3).locator("mark.find-hit.current")).toHaveText("गाँव");
  await input.press("Shift+Enter");
  await expect(page.getByTestId("find-count")).toHaveText("1 of 2");
  await page.screenshot({ path: info.outputPath("find-hindi.png") });

  // Esc closes the bar and puts the focus on the unit of the current hit, so the shortcuts work again.
  await input.press("Escape");
  await expect(page.getByTestId("find-bar")).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest("[data-testid=unit-row]")?.getAttribute("data-unit-number")))
    .toBe("3");
  await expect(page.getByTestId("find-hit")).toHaveCount(0);
});

test("find-and-replace across the document: preview, one replacement, and one undo after a reload", async ({ browser }, info) => {
  const page = await signedInPage(browser, createUserWithRole("translator", "replacer"));
  await page.setViewportSize({ width: 1400, height: 900 });
  await translatedDocument(page, `Replace ${Date.now()}`);

  await page.keyboard.press("Control+h");
  await expect(page.getByTestId("find-input")).toBeFocused();
  await page.keyboard.type("farmer");
  await page.getByTestId("replace-input").fill("grower");
  await page.getByTestId("replace-input").press("Enter");

  const dialog = page.getByRole("dialog");
  await expect(dialog.getByTestId("replace-summary")).toHaveText("2 units will change:");
  await expect(dialog.getByTestId("replace-unit")).toHaveCount(2);
  await expect(dialog.getByTestId("replace-unit").nth(0)).toContainText("Unit 1");
  await expect(dialog.getByTestId("replace-unit").nth(0).locator("ins")).toHaveText("grower");
  await expect(dialog.getByTestId("replace-unit").nth(0).locator("del")).toHaveText("farmer");
  const confirm = dialog.getByRole("button", { name: "Replace in 2 units" });
  await expect(confirm).toBeFocused();
  await page.screenshot({ path: info.outputPath("replace-preview.png") });
  await page.keyboard.press("Enter");

  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(english(page).nth(0)).toHaveValue("The grower went to the field at dawn.");
  await expect(english(page).nth(1)).toHaveValue("The grower's wife stayed at home.");
  await expect(english(page).nth(2)).toHaveValue(ENGLISH[2]);
  await expect(page.getByRole("status").filter({ hasText: "Replaced in 2 units." })).toBeVisible();
  await expect(page.getByTestId("undo")).toHaveText("Undo replace-all (2 units)");

  // After a reload the server still knows what undo will do, and one undo puts both units back.
  await page.reload();
  await expect(english(page).nth(1)).toHaveValue("The grower's wife stayed at home.");
  await expect(page.getByTestId("undo")).toHaveText("Undo replace-all (2 units)");
  await page.getByTestId("undo").click();
  await expect(english(page).nth(0)).toHaveValue(ENGLISH[0]);
  await expect(english(page).nth(1)).toHaveValue(ENGLISH[1]);
  for (const n of [0, 1, 2]) await expect(rows(page).nth(n)).toHaveAttribute("data-status", "translated");
  await expect(page.getByRole("status")).toContainText("Undone: replace-all");
  await page.reload();
  await expect(english(page).nth(0)).toHaveValue(ENGLISH[0]);

  // The find bar in Hindi.
  await page.goto(page.url().replace("/en/", "/hi/"));
  await expect(rows(page)).toHaveCount(HINDI.length);
  await page.getByRole("button", { name: "खोजें (Ctrl+F)" }).click();
  await expect(page.getByLabel("खोजें", { exact: true })).toBeFocused();
  await page.keyboard.type("farmer");
  await expect(page.getByTestId("find-count")).toHaveText("2 में से 1");
  await page.screenshot({ path: info.outputPath("find-hi.png") });
});
