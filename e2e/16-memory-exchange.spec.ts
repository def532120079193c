import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { createTranslator } from "use-intl/core";
import en from "../messages/en.json";
import hi from "../messages/hi.json";
import { createUserWithRole, setu, signedInPage } from "./support/users";

const messages = { en, hi } as const;
type Locale = keyof typeof messages;

const words = (locale: Locale) => createTranslator({ locale, messages: messages[locale], namespace: "memoryExchange" });
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** The serious and critical axe-core violations of the page as it is now, readably. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

function tmx(pairs: [string, string][], target = "en-US"): string {
  const units = pairs
    .map(
      ([hindi, english], i) =>
        `<tu tuid="t${i}"><tuv xml:lang="hi-IN"><seg>${hindi}</seg></tuv><tuv xml:lang="${target}"><seg>${english}</seg></tuv></tu>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="e2e" creationtoolversion="1" segtype="sentence" o-tmf="e2e" adminlang="en-US" srclang="hi-IN" datatype="plaintext"/>
<body>
${units}
</body></tmx>
`;
}

for (const locale of ["en", "hi"] as const) {
  test(`${locale}: a reviewer imports a TMX into the project's memory from the project page, sees the report and the count, and exports it`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const t = words(locale);
    const run = unique();
    const projectId = setu(["project", "create", `Memory ${locale} ${run}`]).trim();
    const reviewerEmail = createUserWithRole("translator", `tmx-rev-${run}`);
    const translatorEmail = createUserWithRole("translator", `tmx-tr-${run}`);
    setu(["project", "add-member", projectId, "--email", reviewerEmail, "--role", "reviewer"]);
    setu(["project", "add-member", projectId, "--email", translatorEmail, "--role", "translator"]);
    const english = [`The farmers went to the field at dawn ${run}.`, `The river began to rise ${run}.`];
    const file = tmx([
      ["किसान सुबह खेत गए।", english[0]],
      ["नदी का पानी बढ़ने लगा।", english[1]],
      ["नदी का पानी बढ़ने लगा।", english[1]],
    ]);

    const page = await signedInPage(browser, reviewerEmail, locale);
    await page.goto(`/${locale}/projects/${projectId}`);
    const section = page.getByTestId("memory-exchange");
    await expect(section.getByRole("heading", { level: 2 })).toHaveText(t("heading"));
    await expect(section.getByTestId("memory-count")).toHaveText(t("count", { count: 0 }));

    // The wrong language pair is refused, naming the languages the file has.
    const form = section.getByTestId("memory-import-form");
    await form.locator('input[name="file"]').setInputFiles({
      name: "french.tmx",
      mimeType: "application/x-tmx+xml",
      buffer: Buffer.from(tmx([["किसान सुबह खेत गए।", "Les paysans."]], "fr-FR")),
    });
    await form.getByRole("button", { name: t("importButton") }).click();
    await expect(form.getByTestId("memory-import-error")).toContainText(t("languagesFound", { languages: "fr-FR, hi-IN" }));
    await expect(section.getByTestId("memory-count")).toHaveText(t("count", { count: 0 }));

    await form
      .locator('input[name="file"]')
      .setInputFiles({ name: "memory.tmx", mimeType: "application/x-tmx+xml", buffer: Buffer.from(file) });
    await form.getByRole("button", { name: t("importButton") }).click();
    await expect(form.getByTestId("memory-import-report")).toHaveText(t("report", { read: 3, added: 2, merged: 1, skipped: 0 }));
    await expect(section.getByTestId("memory-count")).toHaveText(t("count", { count: 2 }));
    await expect(form.getByTestId("memory-import-error")).toHaveCount(0);
    expect(await seriousViolations(page), "project page with the import report").toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), section.getByTestId("memory-export").click()]);
    expect(download.suggestedFilename()).toMatch(/^setu-memory-\d{4}-\d{2}-\d{2}\.tmx$/);
    const exported = readFileSync(await download.path(), "utf8");
    expect(exported).toContain('<tmx version="1.4">');
    for (const e of english) expect(exported).toContain(e);
    expect(exported.match(/<tu /g)).toHaveLength(2);

    // A translator of the project sees the count and the export, not the import.
    const translator = await signedInPage(browser, translatorEmail, locale);
    await translator.goto(`/${locale}/projects/${projectId}`);
    const theirs = translator.getByTestId("memory-exchange");
    await expect(theirs.getByTestId("memory-count")).toHaveText(t("count", { count: 2 }));
    await expect(theirs.getByTestId("memory-export")).toBeVisible();
    await expect(theirs.getByTestId("memory-import-form")).toHaveCount(0);
    await expect(theirs).toContainText(t("importOnlyReviewers"));
  });
}
