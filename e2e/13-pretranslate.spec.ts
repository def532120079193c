import { expect, type Page, test } from "@playwright/test";
import { createDocument } from "./support/documents";
import { createUserWithRole, signedInPage } from "./support/users";

const newDocument = (page: Page, title: string, sentences: string[]) => createDocument(page, { title, text: sentences.join(" ") });

const rows = (page: Page) => page.getByTestId("unit-row");
const englishBox = (page: Page, n: number) => rows(page).nth(n).locator("textarea");

const words = {
  en: {
    analysis: "Analysis against the translation memory",
    analyse: "Analyse",
    analyseAgain: "Analyse again",
    notYet: "The document has not been analysed yet.",
    context: "101 % (context)",
    button: "Pre-translate",
    done: "Pre-translated: 2 units as translated, 0 drafts.",
    badge: "Pre-translated 101 %",
    undoEditor: "Undo pre-translation (2 units)",
    undoPage: "Undo pre-translation",
    undone: "Pre-translation undone: every unit is as it was.",
    concordance: "Search the translation memory",
    jobsOf: "Jobs of",
    kindAnalyse: "Analysis",
    kindPretranslate: "Pre-translation",
    stateDone: "Done",
  },
  hi: {
    analysis: "अनुवाद स्मृति के आधार पर विश्लेषण",
    analyse: "विश्लेषण करें",
    analyseAgain: "फिर से विश्लेषण करें",
    notYet: "इस दस्तावेज़ का विश्लेषण अभी नहीं हुआ है।",
    context: "101 % (संदर्भ)",
    button: "पूर्व-अनुवाद करें",
    // Hindi counts 0 like 1 (CLDR "one"): 0 मसौदा.
    done: "पूर्व-अनुवाद हुआ: 2 इकाइयाँ अनूदित, 0 मसौदा।",
    badge: "पूर्व-अनूदित 101 %",
    undoEditor: "पूर्व-अनुवाद पूर्ववत करें (2 इकाइयाँ)",
    undoPage: "पूर्व-अनुवाद पूर्ववत करें",
    undone: "पूर्व-अनुवाद पूर्ववत हुआ: हर इकाई पहले जैसी है।",
    concordance: "अनुवाद स्मृति में खोजें",
    jobsOf: "के काम",
    kindAnalyse: "विश्लेषण",
    kindPretranslate: "पूर्व-अनुवाद",
    stateDone: "पूरा",
  },
} as const;

for (const locale of ["en", "hi"] as const) {
  test(`the document page's analysis counts the bands, pre-translate fills 100/101 % and one undo takes it back; Ctrl+K finds the memory (${locale})`, async ({
    browser,
  }) => {
    // Two documents, two editors and two page loads: more than the default minute on a loaded machine.
    test.setTimeout(180_000);
    const w = words[locale];
    const page = await signedInPage(browser, createUserWithRole("translator", `pretranslate-${locale}`));
    // A word made unique per run keeps other runs' entries out of this memory's matches.
    const tag = `जाँच${"कखगघचछजझ"[Date.now() % 8]}${"टठडढतथदध"[Math.floor(Date.now() / 8) % 8]}${Date.now() % 997}`;
    const s1 = `जिला प्रशासन ने ${tag} मेले की तैयारी पूरी कर ली है।`;
    const s2 = `मेले में ${tag} कलाकार लोक नृत्य प्रस्तुत करेंगे।`;
    const e1 = `The district administration has completed preparations for the ${tag} fair.`;
    const e2 = `Artists from ${tag} will perform folk dances at the fair.`;
    const first = await newDocument(page, `TM source ${locale} ${Date.now()}`, [s1, s2]);
    await page.goto(`/en/documents/${first}/edit`);
    await expect(englishBox(page, 0)).toBeFocused();
    await page.keyboard.type(e1);
    await page.keyboard.press("Control+Enter");
    await expect(rows(page).nth(0)).toHaveAttribute("data-status", "translated");
    await expect(englishBox(page, 1)).toBeFocused();
    await page.keyboard.type(e2);
    await page.keyboard.press("Control+Enter");
    await expect(rows(page).nth(1)).toHaveAttribute("data-status", "translated");

    // s1 with the memory's own neighbours (101), s2 before another sentence (100), and a new sentence.
    const second = await newDocument(page, `TM target ${locale} ${Date.now()}`, [s1, s2, `आज ${tag} में धूप खिली रहेगी।`]);
    await page.goto(`/${locale}/documents/${second}`);
    const analysis = page.getByTestId("analysis");
    await expect(analysis.getByRole("heading", { level: 2 })).toHaveText(w.analysis);
    // The analysis is a background job: none yet, then the button queues one and the page shows its bands.
    await expect(analysis).toContainText(w.notYet);
    await expect(analysis.getByRole("table")).toHaveCount(0);
    await analysis.getByRole("button", { name: w.analyse }).click();
    const table = analysis.getByRole("table");
    await expect(table.locator('tr[data-band="context"] th')).toHaveText(w.context);
    await expect(table.locator('tr[data-band="context"] td').first()).toHaveText("1");
    await expect(table.locator('tr[data-band="exact"] td').first()).toHaveText("1");
    await expect(table.locator('tr[data-band="new"] td').first()).toHaveText("1");
    await expect(table.locator('tr[data-band="fuzzy95"] td').first()).toHaveText("0");
    await expect(table.locator('tr[data-band="total"] td').first()).toHaveText("3");
    // The bar is decoration: the table carries the numbers.
    await expect(analysis.locator(".analysis-bar")).toHaveAttribute("aria-hidden", "true");
    // Stored with its job: still there after a reload, with when it ran, and it can be run again.
    await page.reload();
    await expect(table.locator('tr[data-band="total"] td').first()).toHaveText("3");
    await expect(analysis.getByTestId("analysed-at")).toBeVisible();
    await expect(analysis.getByRole("button", { name: w.analyseAgain })).toBeEnabled();

    // Pre-translate, and undo it from the page.
    const form = page.getByTestId("pretranslate");
    await form.getByRole("button", { name: w.button }).click();
    await expect(page.getByTestId("pretranslate-result")).toContainText(w.done);
    await page.getByTestId("pretranslate-result").getByRole("button", { name: w.undoPage }).click();
    await expect(form.getByRole("status")).toHaveText(w.undone);

    // The document's jobs: the analysis and the pre-translation, newest first, both done (nothing to cancel).
    await page.getByTestId("document-jobs-link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(w.jobsOf);
    const jobRows = page.getByTestId("job-row");
    await expect(jobRows).toHaveCount(2);
    await expect(jobRows.nth(0)).toHaveAttribute("data-kind", "pretranslate");
    await expect(jobRows.nth(0).locator("td").nth(0)).toHaveText(w.kindPretranslate);
    await expect(jobRows.nth(0).locator("td").nth(1)).toHaveText(w.stateDone);
    await expect(jobRows.nth(1).locator("td").nth(0)).toHaveText(w.kindAnalyse);
    await expect(jobRows.nth(1)).toHaveAttribute("data-state", "succeeded");
    await expect(page.getByTestId("jobs-table").getByRole("button")).toHaveCount(0);
    await page.goto(`/${locale}/documents/${second}`);

    // Again, and this time see it in the editor and undo it there.
    await form.getByRole("button", { name: w.button }).click();
    await expect(page.getByTestId("pretranslate-result")).toContainText(w.done);
    await page.goto(`/${locale}/documents/${second}/edit`);
    await expect(englishBox(page, 0)).toHaveValue(e1);
    await expect(rows(page).nth(0)).toHaveAttribute("data-status", "translated");
    await expect(rows(page).nth(0).getByTestId("pretranslated")).toHaveText(w.badge);
    await expect(englishBox(page, 1)).toHaveValue(e2);
    await expect(englishBox(page, 2)).toHaveValue("");
    await expect(page.getByTestId("undo")).toHaveText(w.undoEditor);
    await page.getByTestId("undo").click();
    await expect(englishBox(page, 0)).toHaveValue("");
    await expect(englishBox(page, 1)).toHaveValue("");
    await expect(rows(page).nth(0)).toHaveAttribute("data-status", "draft");
    await expect(rows(page).nth(0).getByTestId("pretranslated")).toHaveCount(0);
    await page.reload();
    await expect(englishBox(page, 0)).toHaveValue("");
    await expect(rows(page).nth(1)).toHaveAttribute("data-status", "draft");

    // Concordance: Ctrl+K from the unit, the tag finds both stored sentences marked, Esc goes back to the unit.
    await englishBox(page, 2).click();
    await page.keyboard.press("Control+k");
    const dialog = page.getByRole("dialog", { name: w.concordance });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId("concordance-query")).toBeFocused();
    await page.keyboard.type(tag);
    const hits = dialog.getByTestId("concordance-hit");
    await expect(hits).toHaveCount(2);
    await expect(hits.locator("mark").first()).toHaveText(tag);
    await expect(dialog.getByText(e1)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(englishBox(page, 2)).toBeFocused();
  });
}
