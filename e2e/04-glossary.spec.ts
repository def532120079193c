import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createUserWithRole, signedInPage } from "./support/users";

test.describe.configure({ mode: "serial" });

// Devanagari digits keep the Hindi terms unique per run (a CI retry reuses the database).
const run = String(Date.now() % 100000).replace(/\d/g, (d) => String.fromCharCode(0x0966 + Number(d)));
const hindi = `पर्यावरण ${run}`;
const english = `environment-${Date.now().toString(36)}`;
const proposedHindi = `जलवायु ${run}`;
const proposedEnglish = `climate-${Date.now().toString(36)}`;
// A made-up verb unique to this run: the run's digits as consonants, then the infinitive ending.
const verbStem = `उ${[...String(Date.now() % 100000)].map((d) => "कखगघचछजझटठ"[Number(d)]).join("")}`;
const verb = `${verbStem}ना`;
const verbEnglish = `to-verb-${Date.now().toString(36)}`;

test("a reviewer adds an entry, finds it in Hindi and English, exports CSV and re-imports it", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("reviewer", "glossary-reviewer"));
  await page.getByRole("link", { name: "Glossary" }).click();
  await expect(page.getByRole("heading", { name: "Glossary", level: 1 })).toBeVisible();

  const form = page.getByTestId("glossary-create-form");
  await form.getByLabel("Hindi term").fill(hindi);
  await form.getByLabel("English", { exact: true }).fill(english);
  await form.getByLabel("Note (optional)").fill("e2e entry");
  await form.getByRole("button", { name: "Add to glossary" }).click();
  await expect(form.getByRole("status")).toHaveText(`Added “${hindi}”.`);
  const row = page.getByTestId("glossary-entry").filter({ hasText: english });
  await expect(row).toContainText(hindi);
  await expect(row).toContainText("added by glossary-reviewer");
  await expect(row.locator('[lang="hi"]')).toHaveText(hindi);

  const search = page.getByRole("searchbox", { name: "Search in Hindi or English" });
  await search.fill(hindi);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("glossary-entry")).toHaveCount(1);
  await expect(page.getByTestId("glossary-entry")).toContainText(english);
  await search.fill(english.toUpperCase());
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("glossary-entry")).toHaveCount(1);
  await expect(page.getByTestId("glossary-entry")).toContainText(hindi);
  await search.fill("no-such-term-anywhere");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No entry matches “no-such-term-anywhere”.")).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^setu-glossary-\d{4}-\d{2}-\d{2}\.csv$/);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "setu-e2e-")), "glossary.csv");
  await download.saveAs(file);

  const importForm = page.getByTestId("glossary-import-form");
  await importForm.getByLabel("Glossary file (.csv, .tbx)").setInputFiles(file);
  await importForm.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("glossary-import-report")).toHaveText(/^Import finished: 0 added, 0 updated, [1-9]\d* skipped\.$/);
  await page.context().close();
});

test("a reviewer sets the part of speech and sees the forms the matcher will find, in English and Hindi", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("reviewer", "glossary-reviewer-pos"));
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/en/glossary");
  const form = page.getByTestId("glossary-create-form");
  await form.getByLabel("Hindi term").fill(verb);
  const pos = form.getByLabel("Part of speech");
  await expect(pos).toHaveValue("");
  await expect(pos.locator("option:checked")).toHaveText("Automatic: verb or noun");
  const forms = form.getByTestId("glossary-forms");
  await forms.locator("summary").click();
  await expect(forms).toContainText(`${verbStem}ा, `);
  await expect(forms).toContainText(`${verbStem}नाओं`);
  await pos.selectOption("verb");
  await expect(forms).not.toContainText(`${verbStem}नाओं`);
  await expect(forms).toContainText(`only where the context allows: ${verbStem}`);
  await form.getByLabel("English", { exact: true }).fill(verbEnglish);
  await form.getByRole("button", { name: "Add to glossary" }).click();
  await expect(form.getByRole("status")).toHaveText(`Added “${verb}”.`);
  const row = page.getByTestId("glossary-entry").filter({ hasText: verbEnglish });
  await expect(row.locator(".kind-tag")).toHaveText("verb");
  const automatic = page.getByTestId("glossary-entry").filter({ hasText: english });
  await expect(automatic.locator(".kind-tag")).toHaveText("noun (automatic)");

  await row.getByRole("button", { name: "Edit" }).click();
  const edit = page.getByTestId("glossary-edit-form");
  await expect(edit.getByLabel("Part of speech")).toHaveValue("verb");
  await edit.getByLabel("Part of speech").selectOption("");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(row.locator(".kind-tag")).toHaveText("verb or noun (automatic)");

  await page.goto("/hi/glossary");
  await expect(page.getByTestId("glossary-entry").filter({ hasText: verbEnglish }).locator(".kind-tag")).toHaveText(
    "क्रिया या संज्ञा (स्वचालित)",
  );
  const hiForm = page.getByTestId("glossary-create-form");
  await hiForm.getByLabel("हिंदी शब्द").fill("नदी");
  await hiForm.getByLabel("शब्द-भेद").selectOption("noun-f");
  await expect(hiForm.getByLabel("शब्द-भेद").locator("option:checked")).toHaveText("संज्ञा, स्त्रीलिंग");
  await hiForm.getByTestId("glossary-forms").locator("summary").click();
  await expect(hiForm.getByTestId("glossary-forms")).toContainText("नदियाँ");
  await page.context().close();
});

test("a translator proposes a term and a reviewer accepts it", async ({ browser }) => {
  const translator = await signedInPage(browser, createUserWithRole("translator", "glossary-translator"));
  await translator.goto("/en/glossary");
  await expect(translator.getByRole("heading", { name: "Add an entry" })).toHaveCount(0);
  const form = translator.getByTestId("glossary-propose-form");
  await form.getByLabel("Hindi term").fill(proposedHindi);
  await form.getByLabel("English", { exact: true }).fill(proposedEnglish);
  await form.getByRole("button", { name: "Propose" }).click();
  await expect(form.getByRole("status")).toHaveText(`Proposed “${proposedHindi}”; a reviewer will look at it.`);
  const proposal = translator.getByTestId("glossary-proposal").filter({ hasText: proposedEnglish });
  await expect(proposal).toContainText("proposed by glossary-translator");
  await expect(proposal.getByRole("button", { name: "Accept" })).toHaveCount(0);
  await translator.context().close();

  const reviewer = await signedInPage(browser, createUserWithRole("reviewer", "glossary-reviewer-2"));
  await reviewer.goto("/en/glossary");
  const waiting = reviewer.getByTestId("glossary-proposal").filter({ hasText: proposedEnglish });
  await waiting.getByRole("button", { name: "Accept" }).click();
  await expect(waiting).toHaveCount(0);
  await expect(reviewer.getByTestId("glossary-entry").filter({ hasText: proposedEnglish })).toContainText(proposedHindi);
  await reviewer.context().close();
});

test("unsafe or forbidden imports are refused with a reason; exports are attachments; Hindi UI", async ({ browser }) => {
  const reviewer = await signedInPage(browser, createUserWithRole("reviewer", "glossary-reviewer-3"));
  await reviewer.goto("/en/glossary");
  const before = await reviewer.getByTestId("glossary-entry").count();
  const importForm = reviewer.getByTestId("glossary-import-form");
  await importForm.getByLabel("Glossary file (.csv, .tbx)").setInputFiles({
    name: "lol.tbx",
    mimeType: "application/xml",
    buffer: Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><martif><text><body/></text></martif>',
    ),
  });
  await importForm.getByRole("button", { name: "Import" }).click();
  await expect(importForm.getByRole("alert")).toHaveText(
    "The file declares XML entities or external resources; Setu refuses such files for safety.",
  );
  await importForm.getByLabel("Glossary file (.csv, .tbx)").setInputFiles({
    name: "bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("hindi,english\nक,x\n"),
  });
  await importForm.getByRole("button", { name: "Import" }).click();
  await expect(importForm.getByRole("alert")).toContainText("CSV line 1: header must be");
  await reviewer.reload();
  await expect(reviewer.getByTestId("glossary-entry")).toHaveCount(before);

  const tbx = await reviewer.request.get("/api/glossary/export?format=tbx");
  expect(tbx.status()).toBe(200);
  expect(tbx.headers()["content-disposition"]).toMatch(/^attachment; filename="setu-glossary-.*\.tbx"$/);
  expect(await tbx.text()).toContain(`<term>${hindi}</term>`);

  await reviewer.goto("/hi/glossary");
  await expect(reviewer.getByRole("heading", { name: "शब्दावली", level: 1 })).toBeVisible();
  await expect(reviewer.getByRole("link", { name: "शब्दावली" })).toBeVisible();
  await reviewer.context().close();

  const translator = await signedInPage(browser, createUserWithRole("translator", "glossary-translator-2"));
  const refused = await translator.request.post("/api/glossary/import", {
    multipart: { file: { name: "g.csv", mimeType: "text/csv", buffer: Buffer.from("hindi,english,status,part_of_speech,note\nक,x,,,\n") } },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("FORBIDDEN");
  await translator.context().close();
});
