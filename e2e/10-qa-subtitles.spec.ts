import { expect, test } from "@playwright/test";
import en from "../messages/en.json";
import hi from "../messages/hi.json";
import { createUserWithRole, signedInPage } from "./support/users";

const messages = { en, hi } as const;

const SRT = Buffer.from("1\n00:00:01,000 --> 00:00:03,000\nकिसान आए।\n\n2\n00:00:04,000 --> 00:00:06,000\nबारिश हुई।\n");

for (const locale of ["en", "hi"] as const) {
  test(`a subtitle document flags English that does not fit a cue, and not once it fits (${locale})`, async ({ browser }) => {
    const m = messages[locale];
    const page = await signedInPage(browser, createUserWithRole("translator", `qa-srt-${locale}`), locale);
    const title = `SRT QA ${locale} ${Date.now()}`;
    await page.goto(`/${locale}/documents/new`);
    const form = page.getByTestId("file-import-form");
    await form.getByLabel(m.exchange.titleLabel).fill(title);
    await form.getByLabel(m.exchange.anyFile).setInputFiles({ name: "cues.srt", mimeType: "application/x-subrip", buffer: SRT });
    await form.getByRole("button", { name: m.exchange.importFile }).click();
    await page.getByTestId("file-import-report").getByRole("link", { name: m.exchange.openDocument }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const id = page.url().split("/documents/")[1].split("?")[0];

    await page.goto(`/${locale}/documents/${id}/edit`);
    const first = page.getByTestId("unit-row").first();
    const box = first.getByTestId("unit-english");
    const subtitle = first.locator('[data-check="subtitle"]');
    // Four lines at the export's 42 characters: more than the two a cue shows.
    await box.fill(
      "The farmers came from every village of the district to the market square, and they stayed there until the late evening.",
    );
    await box.blur();
    await expect(first.getByTestId("save-state")).toHaveText(m.editor.saved);
    await expect(subtitle).toHaveCount(1);
    await expect(subtitle).toContainText("42");
    await box.fill("The farmers came.");
    await box.blur();
    await expect(first.getByTestId("save-state")).toHaveText(m.editor.saved);
    await expect(subtitle).toHaveCount(0);
    await expect(first.getByTestId("qa-issues")).toHaveCount(0);
  });
}
