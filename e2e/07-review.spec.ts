import { expect, type Page, test } from "@playwright/test";
import en from "../messages/en.json";
import hi from "../messages/hi.json";
import { createDocument } from "./support/documents";
import { createUserWithRole, signedInPage } from "./support/users";

const messages = { en, hi } as const;

const newDocument = (page: Page, locale: "en" | "hi", title: string) =>
  createDocument(page, { title, locale, text: "किसान खेत गए। बारिश हुई।" });

for (const locale of ["en", "hi"] as const) {
  test(`translate → reject → fix → approve, and the approved unit is locked (${locale})`, async ({ browser }) => {
    const m = messages[locale].editor;
    const translator = await signedInPage(browser, createUserWithRole("translator", `tr-${locale}`), locale);
    const reviewer = await signedInPage(browser, createUserWithRole("reviewer", `rv-${locale}`), locale);
    const id = await newDocument(translator, locale, `Review ${locale} ${Date.now()}`);

    await translator.goto(`/${locale}/documents/${id}/edit`);
    const tRow = translator.getByTestId("unit-row").first();
    await tRow.getByTestId("unit-english").fill("The peasants went to the field.");
    await tRow.getByTestId("unit-english").press("Control+Enter");
    await expect(tRow).toHaveAttribute("data-status", "translated");

    // The reviewer works in review mode: only translated units, reject with a reason.
    await reviewer.goto(`/${locale}/documents/${id}/edit`);
    await reviewer.getByLabel(m.reviewMode).check();
    await expect(reviewer.getByTestId("unit-row")).toHaveCount(1);
    await reviewer.getByRole("button", { name: m.reject, exact: true }).click();
    await reviewer.getByRole("dialog").getByRole("textbox").fill("Use 'farmers', not 'peasants'.");
    await reviewer.getByRole("dialog").getByRole("button", { name: m.confirm }).click();
    await expect(reviewer.getByTestId("unit-row").first()).toHaveAttribute("data-status", "rejected");

    // The translator sees the rejection and its reason without reloading, fixes, resubmits.
    await expect(tRow).toHaveAttribute("data-status", "rejected", { timeout: 15_000 });
    await expect(tRow.getByTestId("rejection")).toContainText("Use 'farmers', not 'peasants'.");
    await tRow.getByTestId("unit-english").fill("The farmers went to the field.");
    await tRow.getByTestId("unit-english").press("Control+Enter");
    await expect(tRow).toHaveAttribute("data-status", "translated");

    // The reviewer sees the diff against the rejected text and approves with one key.
    const rRow = reviewer.getByTestId("unit-row").first();
    await expect(rRow.getByTestId("unit-english")).toHaveValue("The farmers went to the field.", { timeout: 15_000 });
    await expect(rRow.getByTestId("review-diff").locator("ins")).toHaveText("farmers");
    await expect(rRow.getByTestId("review-diff").locator("del")).toHaveText("peasants");
    await rRow.getByTestId("unit-english").focus();
    await reviewer.keyboard.press("Alt+Shift+A");
    await expect(rRow).toHaveAttribute("data-status", "approved");

    // The translator cannot edit the approved unit; they can only reopen it with a comment.
    await expect(tRow).toHaveAttribute("data-status", "approved", { timeout: 15_000 });
    await expect(tRow.getByTestId("unit-english")).toHaveAttribute("readonly", "");
    await expect(tRow.getByRole("button", { name: m.reopen })).toBeVisible();

    // A translator calling the approve route directly is refused and nothing changes.
    const unitId = Number(await tRow.getAttribute("data-unit-id"));
    const secondId = Number(await translator.getByTestId("unit-row").nth(1).getAttribute("data-unit-id"));
    const response = await translator.request.post(`/api/units/${secondId}/review`, { data: { action: "approve", version: 1 } });
    expect(response.status()).toBe(403);
    await expect(translator.getByTestId("unit-row").nth(1)).toHaveAttribute("data-status", "draft");
    const bulk = await translator.request.post(`/api/documents/${id}/bulk-approve`, { data: {} });
    expect(bulk.status()).toBe(403);
    expect(unitId).toBeGreaterThan(0);

    // The document shows its progress.
    await translator.goto(`/${locale}/documents/${id}`);
    await expect(translator.getByTestId("unit-counts")).toContainText(locale === "en" ? "Approved 1" : "स्वीकृत 1");
  });
}
