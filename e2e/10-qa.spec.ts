import { expect, type Page, test } from "@playwright/test";
import en from "../messages/en.json";
import hi from "../messages/hi.json";
import { createDocument } from "./support/documents";
import { createUserWithRole, signedInPage } from "./support/users";

const messages = { en, hi } as const;

const newDocument = (page: Page, locale: "en" | "hi", title: string, text: string) => createDocument(page, { title, locale, text });

for (const locale of ["en", "hi"] as const) {
  test(`QA issues as saved, one-click fixes, ignore with a reason, the report and its CSV (${locale})`, async ({ browser }) => {
    const q = messages[locale].qa;
    const translator = await signedInPage(browser, createUserWithRole("translator", `qa-${locale}`), locale);
    const id = await newDocument(translator, locale, `QA ${locale} ${Date.now()}`, "२,००,००० सैनिक आए। बारिश हुई।");
    await translator.goto(`/${locale}/documents/${id}/edit`);
    const rows = translator.getByTestId("unit-row");
    const first = rows.first();
    const box = first.getByTestId("unit-english");

    // Saved with Indian grouping and a doubled space: both show on the unit, each with a fix.
    await box.fill("2,00,000  troops came.");
    await box.blur();
    await expect(first.getByTestId("save-state")).toHaveText(messages[locale].editor.saved);
    const issues = first.getByTestId("qa-issue");
    await expect(issues.filter({ hasText: q.codes.spacingDouble })).toHaveCount(1);
    await expect(first.locator('[data-check="number"]')).toHaveCount(1);
    await first.locator('[data-check="number"]').getByRole("button", { name: q.fix }).click();
    await expect(box).toHaveValue("200,000  troops came.");
    await expect(first.locator('[data-check="number"]')).toHaveCount(0);
    await first.locator('[data-check="spacing"]').getByRole("button", { name: q.fix }).click();
    await expect(box).toHaveValue("200,000 troops came.");
    await expect(first.getByTestId("qa-issues")).toHaveCount(0);

    // A warning on the second unit, ignored with a reason.
    const second = rows.nth(1);
    await second.getByTestId("unit-english").fill("It  rained.");
    await second.getByTestId("unit-english").blur();
    const spacing = second.locator('[data-check="spacing"]');
    await expect(spacing).toContainText(q.codes.spacingDouble);
    await spacing.getByRole("button", { name: q.ignore }).click();
    const dialog = translator.getByRole("dialog");
    await dialog.getByRole("textbox").fill("Two spaces are the house style here.");
    await dialog.getByRole("button", { name: messages[locale].editor.confirm }).click();
    await expect(spacing).toContainText("Two spaces are the house style here.");
    await expect(spacing.getByRole("button", { name: q.unignore })).toBeVisible();

    // The QA filter: no open issues left, so no unit is listed.
    await translator.getByTestId("qa-filter").selectOption("any");
    await expect(rows).toHaveCount(0);
    await translator.getByTestId("qa-filter").selectOption("");
    await expect(rows).toHaveCount(2);

    // The report: nothing open; with ignored issues, unit 2 with the reason and a link to it.
    await translator.getByRole("link", { name: q.reportLink }).click();
    await expect(translator.getByRole("heading", { level: 1 })).toContainText(q.reportTitle);
    await expect(translator.getByText(q.noIssues)).toBeVisible();
    await expect(translator.getByTestId("qa-counts").locator('tr[data-check="spacing"] td').last()).toHaveText("1");
    await translator.getByLabel(q.includeIgnored).check();
    await translator.getByRole("button", { name: q.apply }).click();
    const listed = translator.getByTestId("qa-unit");
    await expect(listed).toHaveCount(1);
    await expect(listed).toContainText("Two spaces are the house style here.");
    await expect(listed).toContainText("बारिश हुई।");

    // The CSV download: one row per issue, in the page's language.
    const href = await translator.getByRole("link", { name: q.downloadCsv }).getAttribute("href");
    expect(href).toContain(`locale=${locale}`);
    const csv = await (await translator.request.get(href ?? "")).text();
    expect(csv).toContain(q.codes.spacingDouble);
    expect(csv).toContain("Two spaces are the house style here.");

    // The link opens the unit in the editor.
    await listed.getByRole("link", { name: q.openInEditor.replace("{n}", "2") }).click();
    await expect(translator).toHaveURL(new RegExp(`/documents/${id}/edit\\?unit=2`));
    await expect(translator.getByTestId("unit-row").nth(1).getByTestId("unit-english")).toBeFocused();
  });
}
