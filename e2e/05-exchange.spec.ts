import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./support/accounts";

const hindi = "यह परीक्षण वाक्य है। इसमें दो वाक्य हैं।";
const tmx = (title: string) => `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="e2e" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en-US" srclang="hi-IN" o-tmf="e2e"/>
<body>
<tu><prop type="x-note">${title}</prop><tuv xml:lang="hi-IN"><seg>${hindi}</seg></tuv><tuv xml:lang="en-US"><seg>This is a test sentence. It has two sentences.</seg></tuv><tuv xml:lang="fr-FR"><seg>Ceci est un test.</seg></tuv></tu>
<tu><tuv xml:lang="hi-IN"><seg>केवल हिन्दी।</seg></tuv></tu>
</body>
</tmx>
`;

test("import a TMX file, see the report, and download the document as TMX", async ({ page }) => {
  await signUp(page, "Esha Exchange", uniqueEmail("exchange"));
  const title = `TMX e2e ${Date.now().toString(36)}`;

  await page.goto("/en/documents/new");
  const form = page.getByTestId("file-import-form");
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("File (.tmx, .xlf, .xliff, .docx, .srt)").setInputFiles({
    name: "small.tmx",
    mimeType: "application/x-tmx+xml",
    buffer: Buffer.from(tmx(title), "utf8"),
  });
  await form.getByRole("button", { name: "Import" }).click();
  const report = page.getByTestId("file-import-report");
  await expect(report).toContainText("Imported 1 unit from 2 translation units.");
  await expect(report).toContainText("Skipped (no-english): 1");
  await expect(report).toContainText("Other languages ignored: fr-FR");

  await report.getByRole("link", { name: "Open the document" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const panel = page.getByTestId("export-panel");
  await panel.getByText("Export", { exact: true }).click();
  await expect(panel.getByLabel("Format")).toHaveValue("tmx");
  // Nothing is approved: an approved-only TMX would be empty, so it is not offered, and the route refuses it.
  await expect(panel.getByTestId("export-empty")).toHaveText(
    "Nothing to export: no unit is approved yet. Approve units first, or choose “All translated units”.",
  );
  await expect(panel.getByRole("link", { name: "Download" })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Download" })).toBeDisabled();
  const documentId = page.url().split("/documents/")[1].split(/[?#]/)[0];
  const refused = await page.request.get(`/api/documents/${documentId}/export?format=tmx&status=approved`);
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.details.reason).toBe("nothingApproved");
  await panel.getByLabel("Units").selectOption("all");
  await expect(panel.getByTestId("export-empty")).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent("download"), panel.getByRole("link", { name: "Download" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.tmx$/);
  const body = await readFile(await download.path(), "utf8");
  expect(body).toContain('<tmx version="1.4">');
  expect(body).toContain(hindi);
  expect(body).toContain("<seg>This is a test sentence. It has two sentences.</seg>");
  expect(body).toContain('segtype="paragraph"');
});

test("a TMX without Hindi is refused with a clear message", async ({ page }) => {
  await signUp(page, "Esha Refused", uniqueEmail("exchange-bad"));
  await page.goto("/en/documents/new");
  const form = page.getByTestId("file-import-form");
  await form.getByLabel("Title").fill("No Hindi");
  await form.getByLabel("File (.tmx, .xlf, .xliff, .docx, .srt)").setInputFiles({
    name: "fr.tmx",
    mimeType: "application/x-tmx+xml",
    buffer: Buffer.from(tmx("x").replace(/hi-IN/g, "de-DE"), "utf8"),
  });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("alert")).toHaveText("The file has no translation unit with both Hindi and English text.");
});
