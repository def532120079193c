import { readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { handmadeDocx, sampleDocx } from "../lib/docx/docx.test-helpers";
import en from "../messages/en.json";
import hi from "../messages/hi.json";
import { readWithPythonDocx, validateWithXsd, XLIFF12_SCHEMA } from "../tests/support/third-party-readers";
import { createUserWithRole, signedInPage } from "./support/users";

const messages = { en, hi } as const;
const root = path.resolve(__dirname, "..");

/** The e2e server's own database, to prove that a refused request stored nothing. */
async function documentCount(): Promise<number> {
  const url = readFileSync(path.join(root, "test-results", `e2e-db-url-${process.env.E2E_PORT ?? 3100}`), "utf8").trim();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query("SELECT count(*) FROM document")).rows[0].count);
  } finally {
    await client.end();
  }
}

async function importFileByKeyboard(page: Page, locale: "en" | "hi", title: string, name: string, buffer: Buffer) {
  const m = messages[locale].exchange;
  await page.goto(`/${locale}/documents/new`);
  const form = page.getByTestId("file-import-form");
  await form.getByLabel(m.titleLabel).fill(title);
  await form.getByLabel(m.anyFile).setInputFiles({ name, mimeType: "application/octet-stream", buffer });
  await form.getByRole("button", { name: m.importFile }).focus();
  await page.keyboard.press("Enter");
  return page.getByTestId("file-import-report");
}

async function download(page: Page, format: string): Promise<Buffer> {
  const panel = page.getByTestId("export-panel");
  await panel.locator("select").first().selectOption(format);
  await panel.locator("select").nth(1).selectOption("all");
  const link = panel.locator("a.button");
  await expect(link).toHaveAttribute("href", new RegExp(`format=${format}`));
  const [file] = await Promise.all([page.waitForEvent("download"), link.focus().then(() => page.keyboard.press("Enter"))]);
  return readFileSync(await file.path());
}

for (const locale of ["en", "hi"] as const) {
  test(`a Word file in, translated in the editor, out as Word and XLIFF (${locale})`, async ({ browser }) => {
    const m = messages[locale];
    const page = await signedInPage(browser, createUserWithRole("reviewer", `fmt-${locale}`), locale);
    await page.setViewportSize({ width: 1400, height: 900 });
    const title = `DOCX ${locale} ${Date.now()}`;
    const report = await importFileByKeyboard(page, locale, title, "report.docx", Buffer.from(await sampleDocx()));
    await expect(report).toContainText(`${m.exchange.skipReasons.footnotes}: 1`);
    await report.getByRole("link", { name: m.exchange.openDocument }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const id = page.url().split("/documents/")[1].split("?")[0];

    await page.goto(`/${locale}/documents/${id}/edit`);
    const first = page.getByTestId("unit-row").first();
    await first.getByTestId("unit-english").fill("Flood report");
    await first.getByTestId("unit-english").press("Control+Enter");
    await expect(first).toHaveAttribute("data-status", "translated");

    await page.goto(`/${locale}/documents/${id}`);
    await page.getByTestId("export-panel").locator("summary").click();
    await expect(page.getByTestId("export-panel").locator("select").first().locator("option[value=docx]")).toHaveText(
      m.exchange.formatDocxOriginal,
    );
    await expect(page.getByTestId("export-panel").locator("option[value=srt]")).toHaveCount(0);
    const docx = readWithPythonDocx(await download(page, "docx"));
    expect(docx.paragraphs[0]).toMatchObject({ style: "Heading 1", text: "Flood report" });
    expect(docx.paragraphs[1].text).toBe("बिहार में बाढ़ आई। हज़ारों लोग बेघर हुए।");
    const xliff = (await download(page, "xliff12")).toString("utf8");
    expect(validateWithXsd(xliff, XLIFF12_SCHEMA)).toEqual({ ok: true, errors: "" });
    expect(xliff).toContain('<target state="translated">Flood report</target>');
  });
}

test.describe("the import and export routes refuse what they must, storing nothing", () => {
  let translator: APIRequestContext;
  let anonymous: APIRequestContext;

  test.beforeAll(async ({ browser, playwright, baseURL }) => {
    translator = (await signedInPage(browser, createUserWithRole("translator", "fmt-refuse"))).request;
    anonymous = await playwright.request.newContext({ baseURL });
  });

  const xliff = `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="hi-IN" target-language="en-US" datatype="plaintext" original="x"><body><trans-unit id="a" approved="yes"><source>पहला वाक्य।</source><target state="final">First.</target></trans-unit></body></file></xliff>`;
  const upload = (name: string, buffer: Buffer, title = "Refusal") => ({
    multipart: { title, file: { name, mimeType: "application/octet-stream", buffer } },
  });

  test("not signed in: 401 for import and export", async () => {
    const before = await documentCount();
    const response = await anonymous.post("/api/documents/import", upload("a.xlf", Buffer.from(xliff)));
    expect(response.status()).toBe(401);
    expect((await anonymous.get("/api/documents/x/export?format=xliff12")).status()).toBe(401);
    expect(await documentCount()).toBe(before);
  });

  test("a translator's approved XLIFF units arrive as translated", async () => {
    const response = await translator.post("/api/documents/import", upload("a.xlf", Buffer.from(xliff)));
    expect(response.status()).toBe(201);
    const report = await response.json();
    expect(report).toMatchObject({ format: "xliff", units: 1, capped: 1 });
    const out = await translator.get(`/api/documents/${report.id}/export?format=xliff20&status=all`);
    expect(out.status()).toBe(200);
    const body = await out.text();
    expect(body).toContain('state="translated"');
    expect(body).not.toContain('state="final"');
  });

  test("hostile or wrong files: 400/413 with a reason, and no document", async () => {
    const before = await documentCount();
    const cases: [string, Buffer, number, string][] = [
      ["m.docx", Buffer.from(handmadeDocx("<w:p/>", { "word/vbaProject.bin": new Uint8Array(4) })), 400, "macros"],
      ["e.docx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 400, "encrypted"],
      ["b.docx", Buffer.from(handmadeDocx("<w:p/>", { "word/media/z.bin": new Uint8Array(30 * 1024 * 1024) })), 413, "zipBomb"],
      ["x.xlf", Buffer.from(`<!DOCTYPE x [<!ENTITY a "b">]><xliff version="1.2"/>`), 400, ""],
      ["s.srt", Buffer.from("1\nnot a timing\nक\n"), 400, ""],
      ["p.pdf", Buffer.from("%PDF-1.4"), 400, "fileType"],
    ];
    for (const [name, buffer, status, reason] of cases) {
      const response = await translator.post("/api/documents/import", upload(name, buffer));
      expect(response.status(), name).toBe(status);
      const { error } = await response.json();
      if (reason) expect(error.details?.reason, name).toBe(reason);
      expect(error.message.length, name).toBeGreaterThan(10);
    }
    expect(await documentCount()).toBe(before);
  });

  test("an SRT export of a document without subtitles is refused with a reason", async () => {
    const made = await translator.post("/api/documents/import", upload("a.xlf", Buffer.from(xliff)));
    const { id } = await made.json();
    const response = await translator.get(`/api/documents/${id}/export?format=srt`);
    expect(response.status()).toBe(400);
    expect((await response.json()).error.details.reason).toBe("srtNeedsOriginal");
    expect((await translator.get(`/api/documents/${id}/export?format=srt&lineLength=5`)).status()).toBe(400);
  });
});
