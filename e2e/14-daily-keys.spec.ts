import { expect, type Page, test } from "@playwright/test";
import { openEditor } from "./support/editor";
import { createUserWithRole, signedInPage } from "./support/users";

test.describe.configure({ timeout: 150_000 });

// नदी is this test's own glossary term (no other spec adds it), so its number is 1.
const HINDI = "नदी में ५०० मछलियाँ और COVID-19 की खबर है। नदी बहती रही।\n\nगाँव शांत था।";

const rows = (page: Page) => page.getByTestId("unit-row");
const english = (page: Page) => page.getByTestId("unit-english");

async function selectInHindi(page: Page, row: number, word: string) {
  await rows(page)
    .nth(row)
    .getByTestId("unit-hindi")
    .evaluate((element, target) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? "").indexOf(target);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + target.length);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        element.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
        return;
      }
    }, word);
}

test("daily keys: the active unit's numbered terms, copying numbers and Latin words or the whole Hindi, and the text to read", async ({
  browser,
}, info) => {
  const page = await signedInPage(browser, createUserWithRole("reviewer", "daily"));
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/en/documents/new");
  const form = page.getByTestId("new-document-form");
  const title = `Daily keys ${Date.now()}`;
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Paste Hindi text").fill(HINDI);
  await form.getByRole("button", { name: "Create document" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const id = page.url().split("/documents/")[1].split("?")[0];
  await openEditor(page, `/en/documents/${id}/edit`);
  await expect(rows(page)).toHaveCount(3);
  await expect(english(page).nth(0)).toBeFocused();

  await selectInHindi(page, 0, "नदी");
  await page.getByRole("button", { name: "Add “नदी” to the glossary" }).click();
  await page.getByRole("dialog").getByLabel("English term").fill("river");
  await page.getByRole("dialog").getByRole("button", { name: "Add term" }).click();
  await expect(page.getByText("Term added to the glossary.")).toBeVisible();

  // The active unit lists its terms with their keys; the others do not.
  await english(page).nth(0).focus();
  const list = rows(page).nth(0).getByTestId("term-keys");
  await expect(list).toHaveText("Alt+Shift+1 नदी → river");
  await expect(rows(page).nth(1).getByTestId("term-keys")).toHaveCount(0);
  await page.screenshot({ path: info.outputPath("term-keys.png") });

  // Alt+Shift+C: the numbers (Devanagari digits as ASCII) and Latin words; Alt+Shift+1 the term.
  await page.keyboard.press("Alt+Shift+C");
  await expect(english(page).nth(0)).toHaveValue("500 COVID-19");
  await page.keyboard.press("Alt+Shift+1");
  await expect(english(page).nth(0)).toHaveValue("500 COVID-19 river");
  await english(page).nth(0).fill("The river had 500 fish and news of COVID-19.");
  await page.keyboard.press("Control+Enter");
  await expect(english(page).nth(1)).toBeFocused();
  await expect(rows(page).nth(1).getByTestId("term-keys")).toHaveText("Alt+Shift+1 नदी → river");

  // Alt+Shift+X: the whole Hindi, to edit into English where it is mostly names and numbers.
  await page.keyboard.press("Alt+Shift+X");
  await expect(english(page).nth(1)).toHaveValue("नदी बहती रही।");
  await english(page).nth(1).fill("The river kept flowing.");
  await page.keyboard.press("Control+Enter");
  await expect(english(page).nth(2)).toBeFocused();

  // Alt+Shift+T: the translation as running text, by paragraph, beside the Hindi. Pressed straight
  // after Ctrl+Enter (whose save may still be on its way): the editor saves first, then opens it.
  const [reading] = await Promise.all([page.context().waitForEvent("page"), page.keyboard.press("Alt+Shift+T")]);
  await reading.setViewportSize({ width: 1400, height: 900 });
  await expect(reading.getByRole("heading", { level: 1 })).toContainText("Read as text");
  const paragraphs = reading.getByTestId("reading-english");
  await expect(paragraphs).toHaveCount(2);
  await expect(paragraphs.nth(0)).toHaveText("The river had 500 fish and news of COVID-19. The river kept flowing.");
  await expect(paragraphs.nth(1)).toHaveText("[1 unit not translated yet]");
  await reading.screenshot({ path: info.outputPath("reading.png") });
  await reading.goto(reading.url().replace("/en/", "/hi/"));
  await expect(reading.getByRole("heading", { level: 1 })).toContainText("पाठ के रूप में पढ़ें");
  await expect(reading.getByTestId("reading-english").nth(1)).toHaveText("[1 इकाई अभी अनूदित नहीं]");
});
