import { expect, type Page, test } from "@playwright/test";
import { openEditor } from "./support/editor";
import { createUserWithRole, signedInPage } from "./support/users";

const HINDI = ["किसान सुबह खेत गए।", "बारिश शुरू हो गई।", "नदी का पानी बढ़ने लगा।", "गाँव के लोग चिंतित थे।"];

async function openNewDocument(page: Page, title: string): Promise<void> {
  await page.goto("/en/documents/new");
  const form = page.getByTestId("new-document-form");
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Paste Hindi text").fill(HINDI.join(" "));
  await form.getByRole("button", { name: "Create document" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const id = page.url().split("/documents/")[1].split("?")[0];
  await openEditor(page, `/en/documents/${id}/edit`);
  await expect(rows(page)).toHaveCount(HINDI.length);
  // The editor focused the first untranslated unit.
  await expect(english(page).nth(0)).toBeFocused();
}

const rows = (page: Page) => page.getByTestId("unit-row");
const english = (page: Page) => page.getByTestId("unit-english");

test("a moved sentence's units show 'needs review' (filterable, kept after a reload) until someone confirms them", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("translator", "mover"));
  await openNewDocument(page, `Moves ${Date.now()}`);
  for (const text of ["The farmers went to the fields.", "It started to rain.", "The river rose."]) {
    await page.keyboard.type(text);
    await page.keyboard.press("Control+Enter");
  }
  for (const n of [0, 1, 2]) await expect(rows(page).nth(n)).toHaveAttribute("data-status", "translated");
  await expect(page.getByTestId("needs-review")).toHaveCount(0);

  // Merge units 1 and 2: the merged translated unit needs a look; Ctrl+Enter confirms it.
  await english(page).nth(0).focus();
  await page.keyboard.press("Alt+Shift+M");
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(0).getByTestId("needs-review")).toHaveText("Needs review");
  await english(page).nth(0).focus();
  await page.keyboard.press("Control+Enter");
  await expect(rows(page).nth(0)).toHaveAttribute("data-needs-review", "false");

  // Move the merged unit's last sentence to the next unit: both units' English no longer matches.
  await english(page).nth(0).focus();
  await page.keyboard.press("Alt+Shift+ArrowDown");
  await expect(page.getByTestId("unit-hindi").nth(1)).toContainText("बारिश शुरू हो गई।");
  for (const n of [0, 1]) {
    await expect(rows(page).nth(n)).toHaveAttribute("data-needs-review", "true");
    await expect(rows(page).nth(n).getByTestId("needs-review")).toBeVisible();
    await expect(rows(page).nth(n)).toHaveAttribute("data-status", "translated");
  }
  await expect(rows(page).nth(2)).toHaveAttribute("data-needs-review", "false");

  await page.reload();
  await expect(rows(page).nth(0)).toHaveAttribute("data-needs-review", "true");
  await page.getByTestId("needs-review-filter").check();
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByTestId("needs-review")).toHaveCount(2);

  // In Hindi the flag has its own label.
  await page.goto(page.url().replace("/en/", "/hi/"));
  await expect(rows(page).nth(0).getByTestId("needs-review")).toHaveText("समीक्षा चाहिए");
});

test("a comment follows the sentence it was written on through a merge and a split", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("translator", "commenter"));
  await openNewDocument(page, `Comments ${Date.now()}`);

  // A comment on unit 2 (the sentence about the rain).
  await rows(page).nth(1).getByRole("button", { name: "Comments", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("New comment").fill("Is it rain or a storm?");
  await dialog.getByRole("button", { name: "Post" }).click();
  await expect(dialog.getByTestId("comments")).toContainText("Is it rain or a storm?");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(rows(page).nth(1).getByRole("button", { name: "Comments (1 open)" })).toBeVisible();

  // Merge units 1 and 2: the comment is on the merged unit.
  await english(page).nth(0).focus();
  await page.keyboard.press("Alt+Shift+M");
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(0).getByRole("button", { name: "Comments (1 open)" })).toBeVisible();

  // Split it again: the comment goes with the rain sentence to the second unit, not the first.
  await rows(page).nth(0).getByRole("button", { name: "Split… (1)" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Split" }).click();
  await expect(rows(page)).toHaveCount(4);
  await expect(page.getByTestId("unit-hindi").nth(1)).toContainText("बारिश शुरू हो गई।");
  await expect(rows(page).nth(1).getByRole("button", { name: "Comments (1 open)" })).toBeVisible();
  await expect(rows(page).nth(0).getByRole("button", { name: "Comments", exact: true })).toBeVisible();

  // The server agrees after a reload, and the thread opens on unit 2.
  await page.reload();
  await rows(page).nth(1).getByRole("button", { name: "Comments (1 open)" }).click();
  await expect(page.getByRole("dialog").getByTestId("comments")).toContainText("Is it rain or a storm?");
});

test("undo survives a reload and says what it will undo", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("translator", "undoer"));
  await openNewDocument(page, `Undo ${Date.now()}`);
  await page.keyboard.type("The farmers went to the fields.");
  await page.keyboard.press("Control+Enter");
  await english(page).nth(0).focus();
  await page.keyboard.press("Alt+Shift+M");
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByTestId("undo")).toHaveText("Undo merge (unit 1)");

  await page.reload();
  await expect(english(page).nth(0)).toBeFocused();
  // Not a stale "Nothing to undo": the server kept it.
  await expect(page.getByTestId("undo")).toHaveText("Undo merge (unit 1)");
  await page.getByTestId("undo").click();
  await expect(rows(page)).toHaveCount(4);
  await expect(english(page).nth(0)).toHaveValue("The farmers went to the fields.");
  await expect(rows(page).nth(0)).toHaveAttribute("data-needs-review", "false");
  await expect(page.getByTestId("undo")).toHaveText("Nothing to undo");
  await page.reload();
  await expect(rows(page)).toHaveCount(4);
  await expect(page.getByTestId("undo")).toHaveText("Nothing to undo");
});
