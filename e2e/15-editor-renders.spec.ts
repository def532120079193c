import { expect, test } from "@playwright/test";
import { openEditor } from "./support/editor";
import { createUserWithRole, signedInPage } from "./support/users";

test.describe.configure({ timeout: 150_000 });

const HINDI = Array.from({ length: 8 }, (_, i) => `वाक्य ${i + 1}: किसान सुबह खेत गए और शाम को लौटे।`);

type Counts = Record<string, number>;

test("a keystroke re-renders the active unit's English box and nothing else (renders counted per unit row, its box, the editor and the list)", async ({
  browser,
}) => {
  const page = await signedInPage(browser, createUserWithRole("translator", "renders"));
  await page.setViewportSize({ width: 1400, height: 900 });
  // Components count their renders only when this is set (features/editor/components/render-count.ts).
  await page.addInitScript(() => {
    (window as unknown as { __setuRenders: Counts }).__setuRenders = {};
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
  const counts = () => page.evaluate(() => ({ ...(window as unknown as { __setuRenders: Counts }).__setuRenders }));
  // Let the editor settle before counting: the memory's answer for unit 1 in (it renders the editor,
  // once, when the unit becomes active), the units fetched and the rows measured.
  await expect(page.getByTestId("memory-panel")).toContainText("No matches of 50 % or more.");
  await expect.poll(async () => JSON.stringify(await counts()), { intervals: [700, 700, 700] }).toBe(JSON.stringify(await counts()));

  const before = await counts();
  const KEYS = 12;
  await page.keyboard.type("The farmers", { delay: 30 });
  await page.keyboard.type("!");
  await expect(box).toHaveValue("The farmers!");
  await expect(page.getByTestId("save-state").first()).toHaveText("Saved");
  const after = await counts();

  const rows = Object.keys(before).filter((key) => /^\d+$/.test(key));
  expect(rows.length).toBeGreaterThanOrEqual(8);
  expect(before.editor).toBeGreaterThan(0);
  expect(before["unit-list"]).toBeGreaterThan(0);
  const changed = Object.keys(after)
    .filter((key) => key !== "unit-list" && after[key] !== before[key])
    .sort();
  // Only the active unit: its English box once per keystroke, plus its save states (unsaved →
  // saving → saved); the row around the box only for those save states and the saved unit, never
  // per key. The editor does not render at all (the row and its box subscribe to their own unit in
  // the store); the list only when the virtualizer measures the row at a new height.
  const boxKey = `${active}:english`;
  expect(changed).toEqual([active, boxKey].sort());
  expect(after["unit-list"] - before["unit-list"]).toBeLessThanOrEqual(2);
  const boxRenders = after[boxKey] - (before[boxKey] ?? 0);
  expect(boxRenders).toBeGreaterThanOrEqual(KEYS);
  expect(boxRenders).toBeLessThanOrEqual(KEYS + 4);
  const rowRenders = after[active ?? ""] - before[active ?? ""];
  expect(rowRenders).toBeGreaterThanOrEqual(1);
  expect(rowRenders).toBeLessThanOrEqual(4);
});
