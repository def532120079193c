import { expect, type Page, test } from "@playwright/test";
import { createDocument } from "./support/documents";
import { createUserWithRole, signedInPage } from "./support/users";

const newDocument = (page: Page, title: string, sentences: string[]) => createDocument(page, { title, text: sentences.join(" ") });

const englishBox = (page: Page, n: number) => page.getByTestId("unit-row").nth(n).locator("textarea");

for (const locale of ["en", "hi"] as const) {
  test(`the memory panel shows a match with its number replaced, and Ctrl+1 inserts it (${locale})`, async ({ browser }) => {
    const page = await signedInPage(browser, createUserWithRole("translator", `memory-${locale}`));
    await page.setViewportSize({ width: 1400, height: 900 });
    // A word made unique per run keeps other runs' entries from being the best match.
    const tag = `परीक्षण${"कखगघचछजझ"[Date.now() % 8]}${"टठडढतथदध"[Math.floor(Date.now() / 8) % 8]}`;
    const stored = `राज्य सरकार ने ${tag} योजना के लिए 500 करोड़ रुपये दिए।`;
    const english = `The state government gave Rs 500 crore for the ${tag} scheme.`;
    const first = await newDocument(page, `Memory A ${locale} ${Date.now()}`, [stored, "दूसरा वाक्य यहाँ है।"]);
    await page.goto(`/en/documents/${first}/edit`);
    await expect(englishBox(page, 0)).toBeFocused();
    await page.keyboard.type(english);
    await page.keyboard.press("Control+Enter");
    await expect(page.getByTestId("unit-row").first()).toHaveAttribute("data-status", "translated");

    const second = await newDocument(page, `Memory B ${locale} ${Date.now()}`, [stored.replace("500", "७५०")]);
    await page.goto(`/${locale}/documents/${second}/edit`);
    const panel = page.getByTestId("memory-panel");
    await expect(panel.getByRole("heading")).toHaveText(locale === "en" ? "Translation memory" : "अनुवाद स्मृति");
    const match = panel.getByTestId("memory-match").first();
    await expect(match.locator(".memory-english")).toHaveText(english.replace("500", "750"));
    await expect(match.locator(".memory-score")).toHaveText(/^9\d %$/);
    await expect(match.locator("mark")).toHaveText("500");
    await expect(match.locator(".memory-note")).toHaveText(
      locale === "en" ? "Number replaced to fit this sentence — check it." : "इस वाक्य के अनुसार संख्या बदली गई — जाँच लें।",
    );
    await expect(englishBox(page, 0)).toBeFocused();
    await page.keyboard.press("Control+1");
    await expect(englishBox(page, 0)).toHaveValue(english.replace("500", "750"));
  });
}
