import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import en from "../messages/en.json";
import hi from "../messages/hi.json";
import { createDocument } from "./support/documents";
import { createUserWithRole, signedInPage } from "./support/users";

const messages = { en, hi } as const;

/** Runs axe-core on the page as it is now and lists the serious and critical violations, readably. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const newDocument = (page: Page, locale: "en" | "hi", title: string) =>
  createDocument(page, { title, locale, text: "किसान सुबह खेत गए। बारिश शुरू हो गई। नदी का पानी बढ़ने लगा।" });

for (const locale of ["en", "hi"] as const) {
  test(`no serious or critical axe violations on documents, editor, review mode and glossary (${locale})`, async ({ browser }) => {
    const m = messages[locale];
    const reviewer = await signedInPage(browser, createUserWithRole("reviewer", `axe-${locale}`), locale);
    const id = await newDocument(reviewer, locale, `Axe ${locale} ${Date.now()}`);

    await reviewer.goto(`/${locale}`);
    await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(m.documents.title);
    expect(await seriousViolations(reviewer), "documents page").toEqual([]);

    await reviewer.goto(`/${locale}/documents/${id}`);
    await expect(reviewer.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await seriousViolations(reviewer), "document page").toEqual([]);

    await reviewer.goto(`/${locale}/documents/${id}/edit`);
    const row = reviewer.getByTestId("unit-row").first();
    await expect(reviewer.getByTestId("unit-row")).toHaveCount(3);
    await row.getByTestId("unit-english").fill("The farmers went to the fields in the morning.");
    await row.getByTestId("unit-english").press("Control+Enter");
    await expect(row).toHaveAttribute("data-status", "translated");
    expect(await seriousViolations(reviewer), "editor").toEqual([]);

    await reviewer.getByLabel(m.editor.reviewMode).check();
    await expect(reviewer.getByTestId("unit-row")).toHaveCount(1);
    expect(await seriousViolations(reviewer), "review mode").toEqual([]);

    await reviewer.goto(`/${locale}/glossary`);
    await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(m.glossary.title);
    expect(await seriousViolations(reviewer), "glossary").toEqual([]);
  });
}
