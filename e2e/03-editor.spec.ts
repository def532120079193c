import { expect, type Page, test } from "@playwright/test";
import { createDocument } from "./support/documents";
import { openEditor } from "./support/editor";
import { createUserWithRole, signedInPage } from "./support/users";

const HINDI = ["किसान सुबह खेत गए।", "बारिश शुरू हो गई।", "नदी का पानी बढ़ने लगा।", "गाँव के लोग चिंतित थे।", "शाम को धूप निकल आई।"];

const newDocument = (page: Page, title: string) => createDocument(page, { title, text: HINDI.join(" ") });

const rows = (page: Page) => page.getByTestId("unit-row");
const english = (page: Page) => page.getByTestId("unit-english");

test("translate with the keyboard, merge and split, and find everything saved after a reload", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("translator", "kbd"));
  const id = await newDocument(page, `Editor ${Date.now()}`);
  await openEditor(page, `/en/documents/${id}/edit`);
  await expect(rows(page)).toHaveCount(5);
  await expect(page.getByTestId("unit-hindi").first()).toContainText("किसान सुबह खेत गए।");
  await expect(page.getByTestId("unit-hindi").first()).toHaveAttribute("lang", "hi");
  // The editor focused its first untranslated unit.
  await expect(english(page).nth(0)).toBeFocused();

  // Keyboard only: Enter on the focused row edits, Ctrl+Enter marks translated and moves on.
  await rows(page).first().focus();
  await page.keyboard.press("Enter");
  await expect(english(page).nth(0)).toBeFocused();
  await page.keyboard.type("The farmers went to the fields in the morning.");
  await page.keyboard.press("Control+Enter");
  await expect(english(page).nth(1)).toBeFocused();
  await page.keyboard.type("It started to rain.");
  await page.keyboard.press("Control+Enter");
  await expect(english(page).nth(2)).toBeFocused();
  await page.keyboard.type("The river began to rise.");
  await page.keyboard.press("Control+Enter");
  await expect(english(page).nth(3)).toBeFocused();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(english(page).nth(2)).toBeFocused();
  // Escape cancels an unsaved change.
  await page.keyboard.type(" OOPS");
  await page.keyboard.press("Escape");
  await expect(english(page).nth(2)).toHaveValue("The river began to rise.");

  for (const n of [0, 1, 2]) await expect(rows(page).nth(n)).toHaveAttribute("data-status", "translated");

  // Merge units 2 and 3 with the keyboard; the English is joined.
  await english(page).nth(1).focus();
  await page.keyboard.press("Alt+Shift+M");
  await expect(rows(page)).toHaveCount(4);
  await expect(english(page).nth(1)).toHaveValue("It started to rain. The river began to rise.");
  await expect(page.getByTestId("unit-hindi").nth(1)).toContainText("बारिश शुरू हो गई।");
  await expect(page.getByTestId("unit-hindi").nth(1)).toContainText("नदी का पानी बढ़ने लगा।");

  // Split it again with the dialog; the default divides the English at the sentence boundary.
  await page.getByRole("button", { name: "Split… (2)" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("English of the first part")).toHaveValue("It started to rain.");
  await expect(dialog.getByLabel("English of the second part")).toHaveValue("The river began to rise.");
  await dialog.getByRole("button", { name: "Split" }).click();
  await expect(rows(page)).toHaveCount(5);

  // Undo the split (back to the merged unit), then reload: the server has it all.
  await page.getByRole("button", { name: "Undo split" }).click();
  await expect(rows(page)).toHaveCount(4);
  await page.reload();
  await expect(rows(page)).toHaveCount(4);
  await expect(english(page).nth(0)).toHaveValue("The farmers went to the fields in the morning.");
  await expect(english(page).nth(1)).toHaveValue("It started to rain. The river began to rise.");
  await expect(rows(page).nth(0)).toHaveAttribute("data-status", "translated");

  // History keeps every saved version and restores one.
  await page.getByRole("button", { name: "History (1)" }).click();
  await expect(page.getByTestId("history").locator("li")).toHaveCount(1);
  await page.getByRole("button", { name: "Close" }).click();

  // Filter by status and search in Hindi.
  await page.getByLabel("Status").selectOption("draft");
  await expect(rows(page)).toHaveCount(2);
  await page.getByLabel("Status").selectOption("");
  await page.getByLabel("Search Hindi or English").fill("धूप");
  await page.getByLabel("Search Hindi or English").press("Enter");
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByTestId("unit-hindi")).toContainText("शाम को धूप निकल आई।");
});

test("a second person's conflicting save is shown with both texts and nothing is lost", async ({ browser }) => {
  const first = await signedInPage(browser, createUserWithRole("translator", "asha"));
  const second = await signedInPage(browser, createUserWithRole("translator", "bina"));
  const id = await newDocument(first, `Conflict ${Date.now()}`);
  // Both live before either types (openEditor: typing before hydration is lost).
  for (const page of [first, second]) {
    await openEditor(page, `/en/documents/${id}/edit`);
    await expect(rows(page)).toHaveCount(5);
    await expect(english(page).nth(0)).toBeFocused();
  }

  // Bina starts typing; her save reaches the server only after Asha's. On a loaded machine her autosave can fire
  // before Asha's blur, so it is held at the network until Asha's save is in: Bina's is then the stale one.
  let ashaSaved!: () => void;
  const ashaIn = new Promise<void>((resolve) => {
    ashaSaved = resolve;
  });
  await second.route("**/api/units/*", async (route) => {
    if (route.request().method() === "PUT") await ashaIn;
    await route.continue();
  });
  await english(second).nth(3).fill("Bina's rendering of the villagers.");
  await english(first).nth(3).fill("The villagers were worried.");
  await english(first).nth(3).blur();
  // The save state of that unit (it is shown only once the unit has something to say).
  await expect(rows(first).nth(3).getByTestId("save-state")).toHaveText("Saved");
  ashaSaved();

  const conflict = second.getByTestId("conflict");
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId("conflict-theirs")).toHaveText("The villagers were worried.");
  await expect(english(second).nth(3)).toHaveValue("Bina's rendering of the villagers.");
  await expect(second.getByTestId("presence")).toContainText("asha");

  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await expect(rows(second).nth(3).getByTestId("save-state")).toHaveText("Saved");
  // Asha's editor picks up Bina's text without a reload.
  await expect(english(first).nth(3)).toHaveValue("Bina's rendering of the villagers.", { timeout: 15_000 });
});
