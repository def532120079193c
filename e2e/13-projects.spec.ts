import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { createTranslator } from "use-intl/core";
import en from "../messages/en.json";
import hi from "../messages/hi.json";
import { createDocument } from "./support/documents";
import { openEditor as openEditorAt } from "./support/editor";
import { createUserWithRole, setu, signedInPage } from "./support/users";

const messages = { en, hi } as const;
type Locale = keyof typeof messages;

/** The app's own words in a locale, formatted as the server formats them. */
function words(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], namespace: "projects" });
}

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

// 4 + 4 + 5 words (whitespace-separated, as the project page counts them).
const HINDI = "किसान सुबह खेत गए। बारिश शुरू हो गई। नदी का पानी बढ़ने लगा।";

const newDocument = (page: Page, locale: Locale, title: string, projectId?: string) =>
  createDocument(page, { title, locale, text: HINDI, projectId });

/** The editor of a three-unit document, once it is live (e2e/support/editor). */
async function openEditor(page: Page, locale: Locale, documentId: string) {
  await openEditorAt(page, `/${locale}/documents/${documentId}/edit`);
  await expect(page.getByTestId("unit-row")).toHaveCount(3);
}

async function expectNotFoundPage(page: Page, url: string, locale: Locale = "en", status: number | null = 404) {
  const response = await page.goto(url);
  // (null: a page under a loading boundary has sent its 200 before it decides; it still shows the 404 page.)
  if (status !== null) expect(response?.status(), url).toBe(status);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages[locale].errors.notFoundTitle);
}

/** Runs axe-core on the page as it is now and lists the serious and critical violations, readably. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("a translator of project A sees nothing of project B, and loses B at the next request once removed from it", async ({ browser }) => {
  test.setTimeout(240_000);
  const run = unique();
  const nameA = `Client A ${run}`;
  const nameB = `Client B ${run}`;
  const projectA = setu(["project", "create", nameA]).trim();
  const projectB = setu(["project", "create", nameB]).trim();
  const translatorEmail = createUserWithRole("translator", `iso-tr-${run}`);
  // B's manager is a translator by global role: what they may do in B comes from B alone.
  const managerEmail = createUserWithRole("translator", `iso-pm-${run}`);
  setu(["project", "add-member", projectA, "--email", translatorEmail, "--role", "translator"]);
  setu(["project", "add-member", projectB, "--email", managerEmail, "--role", "manager"]);
  // B's glossary has a term of its own.
  const term = `गोपनीय ${String(Date.now() % 100000).replace(/\d/g, (d) => String.fromCharCode(0x0966 + Number(d)))}`;
  const csv = path.join(mkdtempSync(path.join(tmpdir(), "setu-e2e-")), "b.csv");
  writeFileSync(csv, `hindi,english,status,part_of_speech,note\n${term},secret-${run},,,\n`);
  setu(["glossary", "import", csv, "--project", projectB]);

  const manager = await signedInPage(browser, managerEmail);
  const titleB = `Secret of B ${run}`;
  const documentB = await newDocument(manager, "en", titleB, projectB);
  await openEditor(manager, "en", documentB);
  const unitB = Number(await manager.getByTestId("unit-row").first().getAttribute("data-unit-id"));
  expect(unitB).toBeGreaterThan(0);

  const translator = await signedInPage(browser, translatorEmail);
  const t = words("en");

  /** Everything a non-member of B tries: not listed anywhere, and every URL of B answers 404. */
  async function seesNothingOfB() {
    await translator.goto("/en/projects");
    await expect(translator.getByTestId("project-list")).toContainText(nameA);
    await expect(translator.getByTestId("project-list")).not.toContainText(nameB);

    const switcher = translator.getByTestId("project-switcher");
    await switcher.locator("summary").click();
    await expect(switcher.getByRole("link", { name: nameA })).toBeVisible();
    await expect(switcher.getByRole("link", { name: nameB })).toHaveCount(0);

    await translator.goto("/en");
    await expect(translator.getByRole("heading", { level: 1 })).toHaveText(en.documents.title);
    await expect(translator.locator("main")).not.toContainText(titleB);
    await expect(translator.locator("main")).not.toContainText(nameB);
    // Searching for B's title finds nothing (the page only repeats what was asked).
    await translator.goto(`/en?q=${encodeURIComponent(titleB)}`);
    await expect(translator.locator("main")).toContainText(en.documents.emptySearch.replace("{q}", titleB));
    await expect(translator.getByTestId("document-list")).toHaveCount(0);

    await translator.goto("/en/my-work");
    await expect(translator.getByRole("heading", { level: 1 })).toHaveText(t("myWorkTitle"));
    await expect(translator.locator("main")).not.toContainText(titleB);

    await translator.goto("/en/glossary");
    await expect(translator.getByRole("heading", { level: 1 })).toHaveText(en.glossary.title);
    await expect(translator.locator("main")).not.toContainText(term);

    await expectNotFoundPage(translator, `/en/projects/${projectB}`);
    await expectNotFoundPage(translator, `/en/projects/${projectB}/jobs`);
    await expectNotFoundPage(translator, `/en/projects/${projectB}/jobs?document=${documentB}`);
    await expectNotFoundPage(translator, `/en/documents/${documentB}`);
    await expectNotFoundPage(translator, `/en/documents/${documentB}/edit`);
    await expectNotFoundPage(translator, `/en/documents/${documentB}/qa`);
    await expectNotFoundPage(translator, `/en/documents/${documentB}/read`);
    await expectNotFoundPage(translator, `/en/glossary?project=${projectB}`, "en", null);
    await expect(translator.locator("main")).not.toContainText(term);
    await expectNotFoundPage(translator, `/hi/documents/${documentB}/edit`, "hi");

    for (const url of [
      `/api/documents/${documentB}/export?format=tmx`,
      `/api/export?ids=${documentB}&format=tmx`,
      `/api/glossary/export?format=csv&project=${projectB}`,
      `/api/units/${unitB}/history`,
      `/api/units/${unitB}/comments`,
    ]) {
      const response = await translator.request.get(url);
      expect(response.status(), url).toBe(404);
      expect(await response.text(), url).not.toContain(titleB);
    }
    // A write to B's unit is refused the same way and changes nothing.
    const save = await translator.request.put(`/api/units/${unitB}`, { data: { english: "Leaked.", version: 1, markTranslated: true } });
    expect(save.status()).toBe(404);
    const review = await translator.request.post(`/api/units/${unitB}/review`, { data: { action: "approve", version: 1 } });
    expect(review.status()).toBe(404);
  }

  await seesNothingOfB();

  // B's manager adds the translator to B and assigns them the document: now they see it and may open it.
  await manager.goto(`/en/projects/${projectB}`);
  const add = manager.getByTestId("add-member-form");
  await add.getByLabel(t("memberEmail")).fill(translatorEmail);
  await add.getByLabel(t("colRole")).selectOption("translator");
  await add.getByRole("button", { name: t("addMember") }).click();
  await expect(manager.getByTestId("project-member").filter({ hasText: translatorEmail })).toBeVisible();
  const assignment = manager.getByRole("form", { name: t("assignFor", { title: titleB }) });
  await assignment.getByLabel(t("translator")).selectOption({ label: `iso-tr-${run}` });
  await assignment.getByRole("button", { name: t("saveAssignment") }).click();
  // Saved once the page counts the document as the translator's.
  await expect(manager.getByTestId("person-progress").filter({ hasText: `iso-tr-${run}` })).toContainText(
    t("personTranslated", { documents: 1, done: 0, total: 13 }),
  );
  await manager.reload();
  await expect(manager.getByRole("form", { name: t("assignFor", { title: titleB }) }).getByLabel(t("translator"))).toHaveValue(/.+/);

  await translator.goto("/en/my-work");
  await expect(translator.getByTestId("my-work-row").filter({ hasText: titleB })).toBeVisible();
  await translator.goto(`/en/projects`);
  await expect(translator.getByTestId("project-list")).toContainText(nameB);
  expect((await translator.goto(`/en/documents/${documentB}/edit`))?.status()).toBe(200);
  await expect(translator.getByTestId("unit-row")).toHaveCount(3);

  // Removed again, they lose B at their next request: no stale access from the session.
  await manager
    .getByTestId("project-member")
    .filter({ hasText: translatorEmail })
    .getByRole("button", { name: t("remove") })
    .click();
  await expect(manager.getByTestId("project-member").filter({ hasText: translatorEmail })).toHaveCount(0);
  await seesNothingOfB();

  // The manager's unit is as it was: the refused save and review wrote nothing.
  await openEditor(manager, "en", documentB);
  await expect(manager.getByTestId("unit-english").first()).toHaveValue("");
  await expect(manager.getByTestId("unit-row").first()).toHaveAttribute("data-status", "draft");
});

for (const locale of ["en", "hi"] as const) {
  test(`a manager assigns a document; My work and the progress per document and per person follow the work (${locale})`, async ({
    browser,
  }) => {
    // Three people's sessions and six axe runs: longer than one editor round trip.
    test.setTimeout(240_000);
    const t = words(locale);
    const m = messages[locale];
    const run = unique();
    const adminEmail = createUserWithRole("admin", `pm-${locale}-${run}`);
    const translatorEmail = createUserWithRole("translator", `tr-${locale}-${run}`);
    const reviewerEmail = createUserWithRole("reviewer", `rv-${locale}-${run}`);
    const admin = await signedInPage(browser, adminEmail, locale);

    // The administrator creates the project through the form and becomes its manager.
    const name = `Desk ${locale} ${run}`;
    await admin.goto(`/${locale}/projects`);
    const create = admin.getByTestId("create-project-form");
    await create.getByLabel(t("newProjectName")).fill(name);
    await create.getByRole("button", { name: t("create") }).click();
    await expect(admin.getByTestId("project-name")).toHaveText(name);
    const projectId = admin.url().split("/projects/")[1];
    await expect(admin.getByTestId("project-member")).toHaveCount(1);
    await expect(admin.getByTestId("project-member")).toContainText(t("role_manager"));

    for (const [email, role] of [
      [translatorEmail, "translator"],
      [reviewerEmail, "reviewer"],
    ] as const) {
      const add = admin.getByTestId("add-member-form");
      await add.getByLabel(t("memberEmail")).fill(email);
      await add.getByLabel(t("colRole")).selectOption(role);
      await add.getByRole("button", { name: t("addMember") }).click();
      await expect(admin.getByTestId("project-member").filter({ hasText: email })).toBeVisible();
    }
    await expect(admin.getByTestId("project-member")).toHaveCount(3);

    const title = `Assigned ${locale} ${run}`;
    const documentId = await newDocument(admin, locale, title, projectId);

    // Assign translator and reviewer, due the day after tomorrow (due soon).
    await admin.goto(`/${locale}/projects/${projectId}`);
    const due = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const form = admin.getByRole("form", { name: t("assignFor", { title }) });
    await form.getByLabel(t("translator")).selectOption({ label: `tr-${locale}-${run}` });
    await form.getByLabel(t("reviewer")).selectOption({ label: `rv-${locale}-${run}` });
    await form.getByLabel(t("dueDate")).fill(due);
    await form.getByRole("button", { name: t("saveAssignment") }).click();
    const docRow = admin.getByTestId("project-document").filter({ hasText: title });
    await expect(docRow.getByTestId("document-progress")).toContainText(t("due_dueSoon"));
    await expect(docRow.getByTestId("document-progress")).toContainText(t("wordsTranslated", { done: 0, total: 13, percent: 0 }));

    // The translator finds it in My work and translates two of the three sentences (8 of 13 words).
    const translator = await signedInPage(browser, translatorEmail, locale);
    await translator.getByRole("link", { name: m.nav.myWork }).click();
    const mine = translator.getByTestId("my-work-row").filter({ hasText: title });
    await expect(mine).toHaveCount(1);
    await expect(mine).toContainText(name);
    await expect(mine).toContainText(t("partTranslate"));
    await expect(mine).toContainText(t("wordsTranslatedShort", { done: 0, total: 13 }));
    await expect(mine).toContainText(t("due_dueSoon"));
    await mine.getByRole("link", { name: title }).click();
    await expect(translator.getByTestId("unit-row")).toHaveCount(3);
    await expect(translator.getByTestId("unit-english").first()).toBeFocused();
    const rows = translator.getByTestId("unit-row");
    for (const [i, english] of ["The farmers went to the fields in the morning.", "It started to rain."].entries()) {
      await rows.nth(i).getByTestId("unit-english").fill(english);
      await rows.nth(i).getByTestId("unit-english").press("Control+Enter");
      await expect(rows.nth(i)).toHaveAttribute("data-status", "translated");
    }
    await translator.goto(`/${locale}/my-work`);
    await expect(translator.getByTestId("my-work-row").filter({ hasText: title })).toContainText(
      t("wordsTranslatedShort", { done: 8, total: 13 }),
    );

    // The reviewer finds it in My work and approves the first unit (4 words).
    const reviewer = await signedInPage(browser, reviewerEmail, locale);
    await reviewer.goto(`/${locale}/my-work`);
    const toReview = reviewer.getByTestId("my-work-row").filter({ hasText: title });
    await expect(toReview).toContainText(t("partReview"));
    await expect(toReview).toContainText(t("wordsApprovedShort", { done: 0, total: 13 }));
    await openEditor(reviewer, locale, documentId);
    const first = reviewer.getByTestId("unit-row").first();
    await first.getByRole("button", { name: m.editor.approve, exact: true }).click();
    await expect(first).toHaveAttribute("data-status", "approved");
    await reviewer.goto(`/${locale}/my-work`);
    await expect(reviewer.getByTestId("my-work-row").filter({ hasText: title })).toContainText(
      t("wordsApprovedShort", { done: 4, total: 13 }),
    );

    // The project page counts it per document and per person.
    await admin.reload();
    const progress = admin.getByTestId("project-document").filter({ hasText: title }).getByTestId("document-progress");
    await expect(progress).toContainText(t("wordsTranslated", { done: 8, total: 13, percent: 62 }));
    await expect(progress).toContainText(t("wordsApproved", { done: 4, total: 13, percent: 31 }));
    const person = (label: string) => admin.getByTestId("person-progress").filter({ hasText: label });
    await expect(person(`tr-${locale}-${run}`)).toContainText(t("personTranslated", { documents: 1, done: 8, total: 13 }));
    await expect(person(`tr-${locale}-${run}`)).toContainText(t("personApproved", { documents: 0, done: 0, total: 0 }));
    await expect(person(`tr-${locale}-${run}`)).toContainText(t("personDue", { soon: 1, overdue: 0 }));
    await expect(person(`rv-${locale}-${run}`)).toContainText(t("personApproved", { documents: 1, done: 4, total: 13 }));
    await expect(person(`rv-${locale}-${run}`)).toContainText(t("personDue", { soon: 1, overdue: 0 }));
    await expect(person(`pm-${locale}-${run}`)).toContainText(t("personTranslated", { documents: 0, done: 0, total: 0 }));

    // The reviewer sees the same page without the managers' forms.
    await reviewer.goto(`/${locale}/projects/${projectId}`);
    await expect(reviewer.getByTestId("project-name")).toHaveText(name);
    await expect(reviewer.getByTestId("assignment-form")).toHaveCount(0);
    await expect(reviewer.getByTestId("add-member-form")).toHaveCount(0);
    await expect(reviewer.getByTestId("project-document").filter({ hasText: title })).toContainText(`rv-${locale}-${run}`);

    // No serious or critical accessibility violations on the project list, the project page (a manager's,
    // with its forms, and a reviewer's) and My work.
    expect(await seriousViolations(reviewer), "project page (reviewer)").toEqual([]);
    expect(await seriousViolations(admin), "project page (manager)").toEqual([]);
    await admin.goto(`/${locale}/projects`);
    await expect(admin.getByTestId("project-list")).toContainText(name);
    expect(await seriousViolations(admin), "project list (admin)").toEqual([]);
    expect(await seriousViolations(translator), "my work").toEqual([]);
    await reviewer.goto(`/${locale}/projects`);
    await expect(reviewer.getByTestId("project-list")).toContainText(name);
    expect(await seriousViolations(reviewer), "project list (reviewer)").toEqual([]);
  });
}
