import { expect, test } from "@playwright/test";
import { openEditor } from "./support/editor";
import { createUserWithRole, signedInPage } from "./support/users";

test.describe.configure({ timeout: 150_000 });

const HINDI = Array.from({ length: 8 }, (_, i) => `वाक्य ${i + 1}: किसान सुबह खेत गए और शाम को लौटे।`);

type Counts = Record<string, number>;

test("a keystroke re-renders the active row and no other (UnitRow renders counted per unit)", async ({ browser }) => {
  const page = await signedInPage(browser, createUserWithRole("translator", "renders"));
  await page.setViewportSize({ width: 1400, height: 900 });
  // The row counts its renders only when this is set (features/editor/components/unit-row.tsx).
  await page.addInitScript(() => {
    (window as unknown as { __setuRowRenders: Counts }).__setuRowRenders = {};
  });
  await page.goto("/en/documents/new");
  const form = page.getByTestId("new-document-form");
  const title = `Renders ${Date.now()}`;
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Paste Hindi text").fill(HINDI.join(" "));
  await form.getByRole("button", { name: "Create document" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const id = page.url().split("/documents/")[1].split("?")[0];
  await openEditor(page, `/en/documents/${id}/edit`);
  const box = page.getByRole("textbox", { name: "English for unit 1", exact: true });
  await expect(box).toBeFocused();
  const active = await page.getByTestId("unit-row").first().getAttribute("data-unit-id");
  const counts = () => page.evaluate(() => ({ ...(window as unknown as { __setuRowRenders: Counts }).__setuRowRenders }));
  // Let the list settle (units fetched, rows measured) before counting.
  await expect.poll(async () => JSON.stringify(await counts()), { intervals: [700, 700, 700] }).toBe(JSON.stringify(await counts()));

  const before = await counts();
  const KEYS = 12;
  await page.keyboard.type("The farmers", { delay: 30 });
  await page.keyboard.type("!");
  await expect(box).toHaveValue("The farmers!");
  await expect(page.getByTestId("save-state").first()).toHaveText("Saved");
  const after = await counts();

  const rows = Object.keys(before);
  expect(rows.length).toBeGreaterThanOrEqual(8);
  const changed = rows.filter((row) => after[row] !== before[row]);
  // Only the active row: once per keystroke, plus its save states (unsaved → saving → saved).
  expect(changed).toEqual([active]);
  const activeRenders = after[active ?? ""] - before[active ?? ""];
  expect(activeRenders).toBeGreaterThanOrEqual(KEYS);
  expect(activeRenders).toBeLessThanOrEqual(KEYS + 4);
});
