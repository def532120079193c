import { expect, test } from "@playwright/test";

test("the favicon and the icon are served, and every page links the icon", async ({ page, request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toContain("image/");
  // An ICO directory: reserved 0, type 1, then at least one image.
  const bytes = await ico.body();
  expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2)]).toEqual([0, 1]);
  expect(bytes.readUInt16LE(4)).toBeGreaterThan(0);

  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto("/hi/sign-in");
  const icon = page.locator('link[rel="icon"]');
  await expect(icon.first()).toHaveAttribute("href", /\/(favicon\.ico|icon\.svg)/);
  const svg = await request.get("/icon.svg");
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain("<svg");
  expect(failed).toEqual([]);
});
