import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signUp, uniqueEmail } from "./support/accounts";

test.describe.configure({ mode: "serial" });

const adminEmail = uniqueEmail("admin");
const translatorEmail = uniqueEmail("translator");

test("the first account becomes admin; later ones are translators", async ({ page, browser }) => {
  await page.goto("/en/sign-up");
  await expect(page.getByText("The first account of a new installation becomes its administrator.")).toBeVisible();
  await signUp(page, "Asha Admin", adminEmail);
  await expect(page.getByTestId("whoami")).toContainText("(Admin)");

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUp(otherPage, "Tarun Translator", translatorEmail);
  await expect(otherPage.getByTestId("whoami")).toContainText("(Translator)");
  await expect(otherPage.getByRole("link", { name: "Users" })).toHaveCount(0);
  await other.close();
});

test("sign-up refuses a used email, a weak password and a malformed email", async ({ page }) => {
  await page.goto("/en/sign-up");
  const name = page.locator('input[name="name"]');
  const email = page.locator('input[name="email"]');
  const password = page.locator('input[name="password"]');
  const submit = page.locator('button[type="submit"]');

  await name.fill("Dup");
  await email.fill(adminEmail);
  await password.fill(PASSWORD);
  await submit.click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("An account with this email already exists.");

  await email.fill(uniqueEmail("weak"));
  await password.fill("short");
  await submit.click();
  await expect(page.locator("form").getByRole("alert")).toContainText("The password is too weak");

  await email.fill("not-an-email");
  await password.fill(PASSWORD);
  await submit.click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Enter a valid email address.");
});

test("sign in, switch language, sign out", async ({ page }) => {
  await page.goto("/en/sign-in");
  await page.locator('input[name="email"]').fill(adminEmail);
  await page.locator('input[name="password"]').fill("wrong password 9");
  await page.locator('button[type="submit"]').click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");

  await signIn(page, adminEmail);
  await page.getByLabel("Language").selectOption("hi");
  await expect(page).toHaveURL(/\/hi$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expect(page.getByRole("button", { name: "साइन आउट" })).toBeVisible();
  await expect(page.getByTestId("whoami")).toContainText("प्रशासक");

  await page.getByRole("button", { name: "साइन आउट" }).click();
  await expect(page).toHaveURL(/\/hi\/sign-in/);
  await expect(page.getByText("आपने साइन आउट कर दिया है।")).toBeVisible();
  await page.goto("/hi");
  await expect(page).toHaveURL(/\/hi\/sign-in/);
});

test("the sign-up page works in Hindi", async ({ page }) => {
  await page.goto("/hi/sign-up");
  await expect(page.getByRole("heading", { name: "अपना सेतु खाता बनाएँ" })).toBeVisible();
  await page.locator('input[name="name"]').fill("राधा");
  await page.locator('input[name="email"]').fill(translatorEmail);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("इस ईमेल से एक खाता पहले से मौजूद है।");
});

test("an admin changes a translator's role", async ({ page }) => {
  await signIn(page, adminEmail);
  await page.getByRole("link", { name: "Users" }).click();
  await page.getByLabel(`Role ${translatorEmail}`).selectOption("reviewer");
  const row = page.getByRole("row").filter({ hasText: translatorEmail });
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByRole("status")).toHaveText("Role updated.");
  await page.reload();
  await expect(page.getByLabel(`Role ${translatorEmail}`)).toHaveValue("reviewer");
});
