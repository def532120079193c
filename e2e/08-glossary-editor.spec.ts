import { expect, test } from "@playwright/test";
import { createUserWithRole, signedInPage } from "./support/users";

test("add a term from the editor, see it in an inflected form, fix the warning by inserting it", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("reviewer", "terms"));
  const word = `किसान`;
  await page.goto("/en/documents/new");
  const form = page.getByTestId("new-document-form");
  await form.locator('input[name="title"]').fill(`Terms ${Date.now()}`);
  await form.locator('textarea[name="text"]').fill(`${word} खेत में है। सभी ${word}ों ने बीज बोए।`);
  await form.locator('button[type="submit"]').click();
  await page.getByRole("link", { name: "Open the editor" }).click();
  const rows = page.getByTestId("unit-row");
  await expect(rows).toHaveCount(2);

  // Select the word in the first Hindi sentence (what a mouse drag does), then two clicks.
  await rows
    .first()
    .getByTestId("unit-hindi")
    .evaluate((element, target) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? "").indexOf(target);
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + target.length);
          const selection = window.getSelection();
          if (!selection) throw new Error("no selection API");
          selection.removeAllRanges();
          selection.addRange(range);
          element.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
          return;
        }
      }
    }, word);
  await page.getByRole("button", { name: `Add “${word}” to the glossary` }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("English term").fill("farmer");
  await dialog.getByRole("button", { name: "Add term" }).click();
  await expect(page.getByText("Term added to the glossary.")).toBeVisible();

  // The inflected form किसानों in the second unit is highlighted.
  const second = rows.nth(1);
  await expect(second.getByTestId("term")).toHaveText(`${word}ों`);
  await expect(rows.first().getByTestId("term")).toHaveText(word);

  // An English rendering without the term gets the consistency warning.
  await second.getByTestId("unit-english").fill("All the peasants sowed seeds.");
  await second.getByTestId("unit-english").blur();
  await expect(second.getByTestId("save-state")).toHaveText("Saved");
  await page.reload();
  await expect(rows.nth(1).getByTestId("qa-issues")).toContainText("use farmer");
  await page.getByLabel("Term issues").check();
  await expect(rows).toHaveCount(1);

  // Fix it: put the cursor where the word goes, click the highlighted term to insert "farmer".
  const box = rows.first().getByTestId("unit-english");
  await box.fill("All the  sowed seeds.");
  await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(8, 8));
  await rows.first().getByTestId("term").click();
  await expect(box).toHaveValue("All the farmer sowed seeds.");
  await box.fill("All the farmers sowed seeds.");
  await box.blur();
  await expect(rows.first().getByTestId("save-state")).toHaveText("Saved");
  await page.reload();
  await page.getByLabel("Term issues").check();
  await expect(rows).toHaveCount(0);
});
