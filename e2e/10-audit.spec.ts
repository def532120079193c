import { expect, type Page, test } from "@playwright/test";
import en from "../messages/en.json";
import hi from "../messages/hi.json";
import { createDocument } from "./support/documents";
import { openEditor } from "./support/editor";
import { createUserWithRole, signedInPage } from "./support/users";

const messages = { en, hi } as const;

const newDocument = (page: Page, title: string) =>
  createDocument(page, { title, text: "किसान सुबह खेत गए। बारिश शुरू हो गई। नदी का पानी बढ़ने लगा।" });

test("the audit log names actions and units as people know them, in both languages, with Devanagari as text", async ({ browser }) => {
  const reviewer = await signedInPage(browser, createUserWithRole("reviewer", "audit"));
  // A document before ours, so that our units' internal ids differ from their numbers.
  await newDocument(reviewer, `Audit warm-up ${Date.now()}`);
  const title = `लेखा परीक्षा ${Date.now()}`;
  const id = await newDocument(reviewer, title);
  await openEditor(reviewer, `/en/documents/${id}/edit`);
  const second = reviewer.getByTestId("unit-row").nth(1);
  const internalId = await second.getAttribute("data-unit-id");
  expect(Number(internalId)).toBeGreaterThan(3);
  await second.getByTestId("unit-english").fill("It started to rain.");
  await second.getByTestId("unit-english").press("Control+Enter");
  await expect(second).toHaveAttribute("data-status", "translated");

  for (const locale of ["en", "hi"] as const) {
    const m = messages[locale].audit;
    await reviewer.goto(`/${locale}/audit?documentId=${id}`);
    const log = reviewer.getByTestId("audit-log");
    const edit = log
      .locator("tbody tr")
      .filter({ has: reviewer.getByTestId("audit-action").getByText(m.actions.unitEditStatus, { exact: true }) });
    await expect(edit).toHaveCount(1);
    await expect(edit.getByTestId("audit-unit")).toHaveText("2");
    const status = messages[locale].editor;
    const editDetails = edit.getByTestId("audit-details");
    await expect(editDetails.locator("dt")).toHaveText([m.fields.version, m.fields.from, m.fields.to]);
    await expect(editDetails.locator("dd")).toHaveText([/^\d+$/, status.status_draft, status.status_translated]);

    const created = log.locator("tbody tr").filter({ has: reviewer.getByText(m.actions.documentCreate, { exact: true }) });
    await expect(created).toHaveCount(1);
    const details = created.getByTestId("audit-details");
    await expect(details.locator("dt")).toHaveText([m.fields.title, m.fields.sentences, m.fields.paragraphs]);
    await expect(details.locator("dd")).toHaveText([title, "3", "1"]);
    await expect(details).not.toContainText("{");
    await expect(details.locator("code")).toHaveCount(0);
    // The Hindi title is marked as Hindi and drawn in a face that has Devanagari, which is loaded.
    const hindi = details.locator('[lang="hi"]', { hasText: title });
    await expect(hindi).toHaveCount(1);
    expect(await hindi.evaluate((el) => getComputedStyle(el).fontFamily)).toContain("Noto Sans Devanagari");
    await expect.poll(() => reviewer.evaluate(() => document.fonts.check("16px 'Noto Sans Devanagari'", "लेखा"))).toBe(true);
  }
});
