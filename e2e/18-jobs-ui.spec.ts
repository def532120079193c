import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { createTranslator } from "use-intl/core";
import en from "../messages/en.json";
import hi from "../messages/hi.json";
import { signUp, uniqueEmail } from "./support/accounts";
import { createUserWithRole, e2eQuery, setu, signedInPage } from "./support/users";

/*
 * Imports and exports as jobs in the browser (#20). The e2e server imports files over 64 KiB by a job
 * (SETU_IMPORT_JOB_BYTES in scripts/e2e-server.mjs); an export becomes a job when asked for on the
 * document page (large documents have no other way). Both end in the project's Jobs list, as does
 * the project page's memory re-index.
 */
const messages = { en, hi } as const;

const tu = (hindi: string, english: string) =>
  `<tu><tuv xml:lang="hi-IN"><seg>${hindi}</seg></tuv><tuv xml:lang="en-US"><seg>${english}</seg></tuv></tu>`;
const tmx = (units: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="e2e" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en-US" srclang="hi-IN" o-tmf="e2e"/>
<body>
${units.join("\n")}
</body>
</tmx>
`;

/** Imports a file through the form by keyboard; returns the report once it is shown. */
async function importFile(page: Page, locale: "en" | "hi", title: string, buffer: Buffer) {
  const m = messages[locale].exchange;
  await page.goto(`/${locale}/documents/new`);
  const form = page.getByTestId("file-import-form");
  await form.getByLabel(m.titleLabel).fill(title);
  await form.getByLabel(m.anyFile).setInputFiles({ name: "memory.tmx", mimeType: "application/x-tmx+xml", buffer });
  await form.getByRole("button", { name: m.importFile }).focus();
  await page.keyboard.press("Enter");
  return page.getByTestId("file-import-report");
}

/** From the document page to the project's Jobs list (through the document's own list). */
async function openProjectJobs(page: Page, locale: "en" | "hi") {
  await page.getByTestId("document-jobs-link").click();
  await page.getByRole("link", { name: messages[locale].jobs.allJobs }).click();
  await expect(page.getByTestId("jobs-table")).toBeVisible();
}

for (const locale of ["en", "hi"] as const) {
  test(`a file over the threshold is imported by a job, then its document opens (${locale})`, async ({ page }) => {
    await signUp(page, `Ira Import ${locale}`, uniqueEmail(`jobs-import-${locale}`), locale);
    const title = `Import job ${locale} ${Date.now().toString(36)}`;
    const units = Array.from({ length: 400 }, (_, k) =>
      tu(`आज ${k + 1} किसान सुबह खेत गए और शाम को गाँव लौटे।`, `Today ${k + 1} farmers went to the fields and came back in the evening.`),
    );
    const buffer = Buffer.from(tmx(units), "utf8");
    expect(buffer.length).toBeGreaterThan(64 * 1024);
    const report = await importFile(page, locale, title, buffer);
    await expect(report).toBeVisible({ timeout: 120_000 });
    await report.getByRole("link", { name: messages[locale].exchange.openDocument }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

    await openProjectJobs(page, locale);
    const row = page.getByTestId("job-row").filter({ hasText: title });
    await expect(row).toHaveAttribute("data-kind", "import");
    await expect(row).toHaveAttribute("data-state", "succeeded");
    // The job's progress was the file's bytes read, all of them.
    const bar = row.locator("progress");
    await expect(bar).toHaveAttribute("max", String(buffer.length));
    await expect(bar).toHaveAttribute("value", String(buffer.length));
  });
}

test("an export prepared as a job: its bar, its file, and the Jobs list's link until the file expires", async ({ page }) => {
  const m = en.exchange;
  await signUp(page, "Eka Export", uniqueEmail("jobs-export"));
  const title = `Export job ${Date.now().toString(36)}`;
  const pairs = [
    ["पहला वाक्य यहाँ है।", "The first sentence is here."],
    ["दूसरा वाक्य वहाँ है।", "The second sentence is there."],
  ];
  const report = await importFile(page, "en", title, Buffer.from(tmx(pairs.map(([h, e]) => tu(h, e))), "utf8"));
  await report.getByRole("link", { name: m.openDocument }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  const panel = page.getByTestId("export-panel");
  await panel.getByText(m.exportHeading, { exact: true }).click();
  await panel.getByLabel(m.scope).selectOption("all");
  await panel.getByRole("button", { name: m.prepareExport }).focus();
  await page.keyboard.press("Enter");
  const link = panel.getByTestId("export-job-download");
  await expect(link).toBeVisible({ timeout: 120_000 });
  await expect(link).toHaveText(`Download ${title}.tmx`);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe(`${title}.tmx`);
  const body = await readFile(await download.path(), "utf8");
  expect(body).toContain('<tmx version="1.4">');
  for (const [hindi, english] of pairs) {
    expect(body).toContain(hindi);
    expect(body).toContain(`<seg>${english}</seg>`);
  }

  // A later visit offers the same file again, while it is kept.
  await page.reload();
  await panel.getByText(m.exportHeading, { exact: true }).click();
  await expect(link).toHaveText(`Download ${title}.tmx`);

  await openProjectJobs(page, "en");
  const row = page.getByTestId("job-row").filter({ hasText: title }).and(page.locator('[data-kind="export"]'));
  await expect(row).toHaveAttribute("data-state", "succeeded");
  const listed = row.getByTestId("job-download");
  await expect(listed).toHaveText(en.jobs.downloadFile);
  const href = await listed.getAttribute("href");
  const again = await page.request.get(String(href));
  expect(again.status()).toBe(200);
  expect(await again.text()).toBe(body);

  // Past its 24 hours the file is no longer offered, and the route says so.
  const jobId = String(href).split("/")[3];
  await e2eQuery(`UPDATE job_file SET expires_at = now() - interval '1 second' WHERE job_id = $1 AND purpose = 'output'`, [jobId]);
  await page.reload();
  await expect(row.getByTestId("job-expired")).toHaveText(en.jobs.expired);
  await expect(row.getByTestId("job-download")).toHaveCount(0);
  expect((await page.request.get(String(href))).status()).toBe(410);
});

test("hi: a reviewer re-indexes the project's memory from the project page; a translator has no button", async ({ browser }) => {
  const m = hi.memoryExchange;
  const run = Date.now().toString(36);
  const projectId = setu(["project", "create", `Reindex ${run}`]).trim();
  const reviewerEmail = createUserWithRole("translator", `reindex-rev-${run}`);
  const translatorEmail = createUserWithRole("translator", `reindex-tr-${run}`);
  setu(["project", "add-member", projectId, "--email", reviewerEmail, "--role", "reviewer"]);
  setu(["project", "add-member", projectId, "--email", translatorEmail, "--role", "translator"]);

  const translator = await signedInPage(browser, translatorEmail, "hi");
  await translator.goto(`/hi/projects/${projectId}`);
  await expect(translator.getByTestId("memory-exchange")).toBeVisible();
  await expect(translator.getByRole("button", { name: m.reindexButton })).toHaveCount(0);
  await translator.context().close();

  const page = await signedInPage(browser, reviewerEmail, "hi");
  await page.goto(`/hi/projects/${projectId}`);
  const section = page.getByTestId("memory-reindex");
  await section.getByRole("button", { name: m.reindexButton }).focus();
  await page.keyboard.press("Enter");
  // An empty memory re-indexes at once: 0 entries, nothing changed.
  const t = createTranslator({ locale: "hi", messages: hi, namespace: "memoryExchange" });
  await expect(section.getByTestId("memory-reindex-report")).toHaveText(t("reindexReport", { entries: 0, changed: 0, duplicates: 0 }), {
    timeout: 120_000,
  });
  await page.getByTestId("project-jobs-link").click();
  const row = page.getByTestId("job-row").first();
  await expect(row).toHaveAttribute("data-kind", "reindex");
  await expect(row).toHaveAttribute("data-state", "succeeded");
  await expect(row).toContainText(createTranslator({ locale: "hi", messages: hi, namespace: "jobs" })("kind", { kind: "reindex" }));
});

test("an export job's bar survives a reload, is determinate, and cancels by keyboard", async ({ page }) => {
  const m = en.exchange;
  const email = uniqueEmail("jobs-reload");
  await signUp(page, "Rita Reload", email);
  const title = `Reload job ${Date.now().toString(36)}`;
  const report = await importFile(page, "en", title, Buffer.from(tmx([tu("एक वाक्य है।", "A sentence.")]), "utf8"));
  await report.getByRole("link", { name: m.openDocument }).click();
  // The document page, not the form any more: only then does the URL hold the document's id.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const documentId = page.url().split("/documents/")[1].split(/[?#]/)[0];
  // A job a worker is part-way through (no queue message: no worker will move it), as a reload would find it.
  const [job] = await e2eQuery<{ id: string }>(
    `INSERT INTO job (id, kind, state, project_id, document_id, requested_by_id, done, total, input, attempts, started_at)
     SELECT gen_random_uuid()::text, 'export', 'running', d.project_id, d.id, u.id, 3, 8, '{}'::jsonb, 1, now()
     FROM document d, "user" u WHERE d.id = $1 AND u.email = $2 RETURNING id`,
    [documentId, email],
  );
  expect(job).toBeDefined();
  await page.reload();
  const bar = page.getByTestId("export-panel").getByTestId("job-progress");
  await expect(bar).toBeVisible();
  await expect(bar.getByRole("progressbar")).toHaveAttribute("value", "3");
  await expect(bar.getByRole("progressbar")).toHaveAttribute("max", "8");
  await expect(bar).toContainText("3 of 8 units written (37%)");
  await bar.getByRole("button", { name: en.jobs.cancel }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("export-panel").getByRole("alert")).toHaveText("The export was cancelled.");
  expect((await e2eQuery<{ state: string }>("SELECT state::text AS state FROM job WHERE id = $1", [job.id]))[0].state).toBe("cancelled");
});

test("hi: an unfinished import's bar is back on the import form after a reload", async ({ page }) => {
  const email = uniqueEmail("jobs-import-reload");
  await signUp(page, "Isha Reload", email, "hi");
  // A part-read import as a reload finds it (no queue message: no worker will move it).
  await e2eQuery(
    `INSERT INTO job (id, kind, state, project_id, requested_by_id, done, total, input, attempts, started_at)
     SELECT gen_random_uuid()::text, 'import', 'running', m.project_id, u.id, 5, 20, '{}'::jsonb, 1, now()
     FROM "user" u JOIN project_member m ON m.user_id = u.id WHERE u.email = $1 LIMIT 1`,
    [email],
  );
  await page.goto("/hi/documents/new");
  const bar = page.getByTestId("file-import-form").getByTestId("job-progress");
  await expect(bar.getByRole("progressbar")).toHaveAttribute("value", "5");
  await expect(bar.getByRole("progressbar")).toHaveAttribute("max", "20");
  await expect(bar).toContainText(
    createTranslator({ locale: "hi", messages: hi, namespace: "jobs" })("running", { kind: "import", done: 5, total: 20, percent: 25 }),
  );
});
