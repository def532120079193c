import { expect, test } from "@playwright/test";
import { openEditor } from "./support/editor";
import { createUserWithRole, signedInPage } from "./support/users";

const HINDI =
  "आज सुबह दिल्ली में हल्की बारिश हुई। तापमान गिरकर 18 डिग्री पर आ गया। ज़्यादातर स्कूल अपने तय समय पर ही खुले।\n\n" +
  "मौसम विभाग ने नया पूर्वानुमान जारी किया है। इसके अनुसार कल तापमान 24 डिग्री तक पहुँचेगा। शहर में 40 से अधिक बसें देर से चलीं। शाम को करीब 2,000 लोग इंडिया गेट पर घूमने निकले।";
const EN = [
  "Light rain fell in Delhi this morning.",
  "The temperature dropped to 18 degrees.",
  "Most schools opened at their usual time.",
  "The weather department has issued a new forecast saying the temperature will reach 24 degrees tomorrow.",
  "More than 40 buses in the city ran late.",
  "Traffic police in Delhi blamed waterlogging near ITO and Ashram for the delays of the buses.",
  "In the evening, about 2,000 people went out for a stroll at India Gate.",
];
const ENGLISH = `${EN.slice(0, 3).join(" ")}\n\n${EN.slice(3).join(" ")}`;
// Hindi 4+5 became one English sentence; the traffic-police sentence has no Hindi and joins the buses.
const UNIT_ENGLISH = [EN[0], EN[1], EN[2], EN[3], `${EN[4]} ${EN[5]}`, EN[6]];

test("a translator aligns an existing English translation and checks it in the editor", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("translator", "aligner"));
  const title = `संरेखण ${Date.now()}`;
  await page.goto("/en/documents/new");
  // the TMX import form on the same page has a "Title" too
  const newForm = page.getByTestId("new-document-form");
  await newForm.getByLabel("Title").fill(title);
  await newForm.getByLabel("Paste Hindi text").fill(HINDI);
  await newForm.getByRole("button", { name: "Create document" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const documentUrl = page.url().replace(/\?.*$/, "");

  const form = page.getByTestId("align-form");
  await expect(form.getByRole("heading", { name: "Align an existing English translation" })).toBeVisible();
  await form.getByLabel("Paste the English translation").fill(ENGLISH);
  await form.getByRole("button", { name: "Align with this translation" }).click();
  const report = page.getByTestId("align-report");
  await expect(report).toContainText("Aligned into 6 units");
  await expect(report).toContainText("2:1: 1");
  await expect(page.getByTestId("unit-counts")).toContainText("Draft 6");

  // Aligning again would throw the translations away: the form asks first.
  await form.getByRole("button", { name: "Align with this translation" }).click();
  await expect(form.getByRole("alert")).toContainText("already has English translations");
  await form.getByRole("button", { name: "Yes, replace them" }).click();
  await expect(report).toContainText("6 earlier translations were replaced.");

  await report.getByRole("link", { name: "Check the low-confidence units in the editor" }).click();
  await expect(page).toHaveURL(/\/documents\/[^/]+\/edit\?filter=lowConfidence$/);
  const lowRows = page.getByTestId("unit-row");
  await expect(lowRows.first()).toHaveAttribute("data-low-confidence", "true");
  await expect(page.getByRole("button", { name: "Next low-confidence unit" })).toBeVisible();

  await openEditor(page, `${documentUrl}/edit`);
  const rows = page.getByTestId("unit-row");
  await expect(rows).toHaveCount(UNIT_ENGLISH.length);
  for (const [k, english] of UNIT_ENGLISH.entries()) {
    await expect(page.getByTestId("unit-english").nth(k)).toHaveValue(english);
    await expect(rows.nth(k)).toHaveAttribute("data-status", "draft");
  }
  await expect(rows.nth(4)).toHaveAttribute("data-low-confidence", "true");
  await expect(rows.nth(0)).toHaveAttribute("data-low-confidence", "false");

  // Fix a low-confidence unit: "Next low-confidence unit" puts the cursor in the first one.
  await page.getByRole("button", { name: "Next low-confidence unit" }).click();
  const fixedRow = page.locator('[data-testid="unit-row"]:has([data-testid="unit-english"]:focus)');
  await expect(fixedRow).toHaveAttribute("data-low-confidence", "true");
  const number = await fixedRow.getAttribute("data-unit-number");
  const row = page.locator(`[data-testid="unit-row"][data-unit-number="${number}"]`);
  const box = row.getByTestId("unit-english");
  const corrected = `${await box.inputValue()} (checked)`;
  await box.fill(corrected);
  await box.press("Control+Enter");
  await expect(row).toHaveAttribute("data-status", "translated");
  await expect(row).toHaveAttribute("data-low-confidence", "false");
  await page.reload();
  await expect(row).toHaveAttribute("data-low-confidence", "false");
  await expect(row.getByTestId("unit-english")).toHaveValue(corrected);
});

test("a long alignment shows its progress; a queued one survives a reload and can be cancelled", async ({ browser }) => {
  // A 20,000-sentence document: creating it and loading its page take seconds on a loaded machine.
  test.setTimeout(180_000);
  const page = await signedInPage(browser, createUserWithRole("translator", "long-aligner"));
  // Long enough that aligning takes seconds on the test machine (the progress is real, not a timer).
  const count = 20_000;
  const hindi = Array.from({ length: count }, (_, k) => `आज ${k + 1} लोगों ने ${k % 7 === 0 ? "बाज़ार में " : ""}नई किताब पढ़ी।`).join(" ");
  const english = Array.from(
    { length: count },
    (_, k) => `Today ${k + 1} people read the new book${k % 7 === 0 ? " at the market" : ""}.`,
  ).join(" ");
  const create = async (title: string, text: string) => {
    const created = await page.request.post("/api/documents", { multipart: { title, text } });
    expect(created.status()).toBe(201);
    return ((await created.json()) as { id: string }).id;
  };
  const big = await create(`लंबा ${Date.now()}`, hindi);
  const small = await create(`छोटा ${Date.now()}`, "पहला वाक्य है। दूसरा वाक्य है।");

  // The book's English chosen as a file on its page, as a translator would: a determinate bar that moves.
  await page.goto(`/en/documents/${big}`);
  await expect(page.getByTestId("unit-counts")).toContainText("Draft 20000");
  const form = page.getByTestId("align-form");
  await form.getByLabel("…or upload the English as a .txt or .md file (UTF-8)").setInputFiles({
    name: "english.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(english, "utf8"),
  });
  await form.getByRole("button", { name: "Align with this translation" }).click();
  const progress = page.getByTestId("job-progress");
  await expect(progress).toHaveAttribute("data-state", "running", { timeout: 30_000 });
  const bar = progress.getByRole("progressbar");
  await expect(bar).toHaveAttribute("max", "20000");
  await expect.poll(async () => Number(await bar.getAttribute("value")), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect(progress).toContainText("of 20,000 sentences aligned");
  await expect(form.getByRole("button", { name: "Align with this translation" })).toBeDisabled();

  // Meanwhile the one worker is busy: the small document's alignment waits in the queue, and the page
  // finds it again after a reload (the job lives in the database, not in the page).
  await page.goto(`/en/documents/${small}`);
  const counts = await page.getByTestId("unit-counts").textContent();
  const smallForm = page.getByTestId("align-form");
  await smallForm.getByLabel("Paste the English translation").fill("The first sentence. The second sentence.");
  await smallForm.getByRole("button", { name: "Align with this translation" }).click();
  await expect(page.getByTestId("job-progress")).toContainText("Waiting for a worker to start…");
  await page.reload();
  const again = page.getByTestId("job-progress");
  await expect(again).toHaveAttribute("data-state", "queued");
  await expect(again.getByRole("progressbar")).toHaveAttribute("max", "2");
  await again.getByRole("button", { name: "Cancel" }).click();
  await expect(smallForm.getByRole("alert")).toContainText("The alignment was cancelled; nothing was changed.");
  await expect(page.getByTestId("job-progress")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("unit-counts")).toHaveText(counts ?? "");
  await expect(page.getByTestId("job-progress")).toHaveCount(0);

  // The book's job went on without its page and finished.
  const jobs = await page.request.get(`/api/documents/${big}/jobs`);
  const [bigJob] = ((await jobs.json()) as { jobs: { id: string }[] }).jobs;
  await expect
    .poll(async () => ((await (await page.request.get(`/api/jobs/${bigJob.id}`)).json()) as { state: string }).state, { timeout: 120_000 })
    .toBe("succeeded");
});
