import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createUserWithRole, signedInPage } from "./support/users";

test("an empty installation offers a sample document", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("translator", "newcomer"));
  await page.goto("/en");
  await expect(page.getByText("No documents yet.")).toBeVisible();
  await page.getByRole("button", { name: "Try a sample" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("गंगा किनारे");
  await expect(page.getByTestId("sentence-list").locator("li").first()).toHaveText(/# गंगा किनारे किसानों की नई पहल/);
  await expect(page.getByTestId("sentence-list").locator("li.list_item")).toHaveCount(3);
});

test("paste Hindi text, see its sentences and progress, then delete the document as admin", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("admin", "docadmin"));
  const title = `लेख ${Date.now()}`;
  await page.goto("/en/documents/new");
  await page.getByTestId("new-document-form").getByLabel("Title").fill(title);
  await page
    .getByTestId("new-document-form")
    .getByLabel("Paste Hindi text")
    .fill('डॉ. शर्मा ने कहा, "नदी साफ़ रहेगी।" किसान ख़ुश हैं।\n\nदूसरा अनुच्छेद 3.5 प्रतिशत का है।');
  await page.getByTestId("new-document-form").getByRole("button", { name: "Create document" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("status")).toContainText("with 3 sentences");
  const sentences = page.getByTestId("sentence-list").locator("li");
  await expect(sentences).toHaveText(['डॉ. शर्मा ने कहा, "नदी साफ़ रहेगी।"', "किसान ख़ुश हैं।", "दूसरा अनुच्छेद 3.5 प्रतिशत का है।"]);
  await expect(page.getByTestId("unit-counts")).toContainText("Draft 3 · Translated 0 · Approved 0 · Rejected 0");

  await page.goto("/en");
  const row = page.getByTestId("document-list").getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("0% translated, 0% approved");
  await row.getByRole("link", { name: title }).click();

  await page.getByRole("button", { name: "Delete document" }).click();
  await expect(page.getByRole("alertdialog")).toContainText(title);
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page).toHaveURL(/\/en\?deleted=1$/);
  await expect(page.getByText(title)).toHaveCount(0);
});

test("upload a UTF-8 file with BOM and CRLF; bad files are refused with a clear message", async ({ browser }, testInfo) => {
  const page = await signedInPage(browser, createUserWithRole("translator", "uploader"));
  const dir = testInfo.outputPath("files");
  mkdirSync(dir, { recursive: true });
  const good = path.join(dir, "अध्याय.txt");
  writeFileSync(good, "\uFEFFपहला वाक्य।\r\nदूसरा वाक्य!\r\n");
  const binary = path.join(dir, "image.txt");
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));

  await page.goto("/en/documents/new");
  await page.getByTestId("new-document-form").getByLabel("…or upload a .txt or .md file (UTF-8)").setInputFiles(binary);
  await page.getByTestId("new-document-form").getByRole("button", { name: "Create document" }).click();
  await expect(page.getByTestId("new-document-form").getByRole("alert")).toHaveText("This looks like a binary file, not text.");

  await page.getByTestId("new-document-form").getByLabel("…or upload a .txt or .md file (UTF-8)").setInputFiles(good);
  await page.getByTestId("new-document-form").getByRole("button", { name: "Create document" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("अध्याय");
  await expect(page.getByTestId("sentence-list").locator("li")).toHaveText(["पहला वाक्य।", "दूसरा वाक्य!"]);
  // Translators cannot delete documents: the button is not offered (and the action refuses).
  await expect(page.getByRole("button", { name: "Delete document" })).toHaveCount(0);
});

test("text without Devanagari is imported only after the warning is confirmed", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("translator", "latin"));
  await page.goto("/en/documents/new");
  await page.getByTestId("new-document-form").getByLabel("Title").fill(`Latin ${Date.now()}`);
  await page.getByTestId("new-document-form").getByLabel("Paste Hindi text").fill("This is English only.");
  await page.getByTestId("new-document-form").getByRole("button", { name: "Create document" }).click();
  await expect(page.getByTestId("new-document-form").getByRole("alert")).toContainText("no Devanagari at all");
  await page.getByRole("button", { name: "Import anyway" }).click();
  await expect(page.getByTestId("sentence-list").locator("li")).toHaveText(["This is English only."]);
});

test("a news article with a paragraph per line keeps its 7 paragraphs on the page and in the editor", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("translator", "newsroom"));
  const form = page.getByTestId("new-document-form");
  await page.goto("/en/documents/new");
  await expect(form.getByLabel("Paragraphs")).toHaveValue("auto");
  await form
    .getByLabel("…or upload a .txt or .md file (UTF-8)")
    .setInputFiles(path.join(__dirname, "../tests/fixtures/hindi-news-7-lines.txt"));
  await form.getByRole("button", { name: "Create document" }).click();

  await expect(page.getByRole("status")).toContainText("with 20 sentences in 7 paragraphs");
  await expect(page.getByTestId("paragraph-count")).toHaveText("7 paragraphs");
  const sentences = page.getByTestId("sentence-list").locator("li");
  await expect(sentences).toHaveCount(20);
  // The same paragraphs `setu segment` prints: 3, 3, 3, 3, 3, 2, 3 sentences.
  await expect(page.getByTestId("sentence-list").locator("li.new-paragraph")).toHaveCount(6);
  await expect(sentences.nth(3)).toHaveClass(/new-paragraph/);
  await expect(sentences.nth(15)).toHaveClass(/new-paragraph/);
  await expect(sentences.nth(16)).not.toHaveClass(/new-paragraph/);

  await page.getByRole("link", { name: "Open the editor" }).click();
  const rows = page.getByTestId("unit-row");
  await expect(rows.nth(3)).toBeVisible();
  const slots = page.getByTestId("editor-scroller").locator(".unit-slot");
  await expect(slots.nth(0)).toHaveAttribute("data-paragraph", "0");
  await expect(slots.nth(3)).toHaveAttribute("data-paragraph", "1");
  await expect(slots.nth(3)).toHaveClass(/new-paragraph/);
  await expect(slots.nth(2)).not.toHaveClass(/new-paragraph/);
  // The boundary is visible: the gap above the first unit of paragraph 2 is wider than inside a paragraph.
  const box = async (i: number) => {
    const b = await rows.nth(i).boundingBox();
    if (!b) throw new Error(`unit row ${i} has no box`);
    return b;
  };
  const [b0, b1, b2, b3] = [await box(0), await box(1), await box(2), await box(3)];
  expect(b3.y - (b2.y + b2.height)).toBeGreaterThan(b1.y - (b0.y + b0.height) + 8);
});
