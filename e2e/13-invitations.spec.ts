import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./support/accounts";
import { createUserWithRole, signedInPage } from "./support/users";

/*
 * #16's invitation links, in both languages: the admin turns sign-up to invitation only, the sign-up page
 * refuses, a project manager creates a link (shown once, copied), a new person signs up through it and lands
 * in the project; the same link opened again says it was used.
 */
test.describe.configure({ mode: "serial" });

const root = path.resolve(__dirname, "..");

/** The app's own CLI against the e2e server's database (as createUserWithRole does). */
function setu(...args: string[]): string {
  const databaseUrl = readFileSync(path.join(root, "test-results", `e2e-db-url-${process.env.E2E_PORT ?? 3100}`), "utf8").trim();
  return execFileSync(process.execPath, [path.join(root, "cli/setu.mjs"), ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789abcdef" },
    stdio: "pipe",
    encoding: "utf8",
  });
}

const words = {
  en: {
    inviteOnly: "Only people with an invitation link",
    save: "Save",
    saved: "Sign-up setting saved.",
    refused: "Sign-up is by invitation only.",
    role: "Role in the project",
    reviewer: "Reviewer",
    days: "Valid for (days)",
    create: "Create invitation link",
    copy: "Copy",
    copied: "Copied.",
    invited: "as Reviewer",
    used: "This invitation link has already been used.",
    withdraw: "Withdraw",
    withdrawn: "This invitation link was withdrawn",
  },
  hi: {
    inviteOnly: "केवल निमंत्रण लिंक वाले लोग",
    save: "सहेजें",
    saved: "साइन अप की सेटिंग सहेज दी गई।",
    refused: "साइन अप केवल निमंत्रण से होता है।",
    role: "प्रोजेक्ट में भूमिका",
    reviewer: "समीक्षक",
    days: "कितने दिन मान्य",
    create: "निमंत्रण लिंक बनाएँ",
    copy: "कॉपी करें",
    copied: "कॉपी हो गया।",
    invited: "समीक्षक के रूप में",
    used: "यह निमंत्रण लिंक पहले ही इस्तेमाल हो चुका है।",
    withdraw: "वापस लें",
    withdrawn: "यह निमंत्रण लिंक बनाने वाले ने वापस ले लिया है।",
  },
} as const;

test.afterAll(() => {
  // Later spec files sign up in an open installation.
  setu("settings", "signup", "open");
});

for (const locale of ["en", "hi"] as const) {
  const w = words[locale];

  test(`${locale}: invite-only sign-up, a manager's link, a new member in the project, the link then used`, async ({ browser }) => {
    // Four people in their own contexts and five CLI runs: more than the default minute on a loaded machine.
    test.setTimeout(180_000);
    // The admin turns sign-up to invitation only on the Users page.
    const admin = await signedInPage(browser, createUserWithRole("admin", `inv-admin-${locale}`), locale);
    await admin.goto(`/${locale}/admin/users`);
    await admin.getByLabel(w.inviteOnly).check();
    const setting = admin.locator("form").filter({ has: admin.getByLabel(w.inviteOnly) });
    await setting.getByRole("button", { name: w.save }).click();
    await expect(setting.getByRole("status")).toHaveText(w.saved);
    await admin.reload();
    await expect(admin.getByLabel(w.inviteOnly)).toBeChecked();

    // The sign-up page refuses, offering no form.
    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto(`/${locale}/sign-up`);
    await expect(stranger.getByTestId("sign-up-invite-only")).toContainText(w.refused);
    await expect(stranger.locator('input[name="password"]')).toHaveCount(0);

    // A project manager (no admin) creates a reviewer's link for their project.
    const managerEmail = createUserWithRole("translator", `inv-manager-${locale}`);
    const projectName = `Invitations ${locale} ${Date.now()}`;
    const projectId = setu("project", "create", projectName).trim();
    setu("project", "add-member", projectId, "--email", managerEmail, "--role", "manager");
    const manager = await signedInPage(browser, managerEmail, locale);
    await manager.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await manager.goto(`/${locale}/projects/${projectId}`);
    const panel = manager.getByTestId("invitations-panel");
    await panel.getByLabel(w.role).selectOption("reviewer");
    await panel.getByLabel(w.days).fill("3");
    await panel.getByRole("button", { name: w.create }).click();
    const linkField = panel.getByTestId("invitation-link");
    await expect(linkField).toHaveValue(new RegExp(`/${locale}/invite/[A-Za-z0-9_-]{43}$`));
    const link = await linkField.inputValue();
    await panel.getByRole("button", { name: w.copy }).click();
    await expect(panel.getByText(w.copied)).toBeVisible();
    expect(await manager.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await expect(panel.getByTestId("open-invitation")).toHaveCount(1);
    await expect(panel.getByTestId("open-invitation")).toContainText(w.reviewer);

    // A new person signs up through it and lands in the project.
    const newcomerEmail = uniqueEmail(`inv-new-${locale}`);
    const newcomer = await (await browser.newContext()).newPage();
    await newcomer.goto(link);
    await expect(newcomer.getByTestId("invitation-summary")).toContainText(projectName);
    await expect(newcomer.getByTestId("invitation-summary")).toContainText(w.invited);
    await newcomer.locator('input[name="name"]').fill(`Newcomer ${locale}`);
    await newcomer.locator('input[name="email"]').fill(newcomerEmail);
    await newcomer.locator('input[name="password"]').fill(PASSWORD);
    await newcomer.locator('button[type="submit"]').click();
    await expect(newcomer).toHaveURL(new RegExp(`/${locale}/projects/${projectId}$`));
    await expect(newcomer.getByTestId("project-name")).toHaveText(projectName);
    await expect(newcomer.getByTestId("whoami")).toContainText(newcomerEmail);
    await expect(newcomer.getByTestId("project-member").filter({ hasText: newcomerEmail })).toBeVisible();

    // The same link a second time: used, said plainly, and no form.
    const late = await (await browser.newContext()).newPage();
    await late.goto(link);
    await expect(late.getByTestId("invitation-refusal")).toHaveText(new RegExp(`^${w.used}`));
    await expect(late.locator('input[name="password"]')).toHaveCount(0);

    // The manager's list no longer shows it; a second link withdrawn says withdrawn.
    await manager.reload();
    await expect(manager.getByTestId("open-invitation")).toHaveCount(0);
    await panel.getByRole("button", { name: w.create }).click();
    await expect(linkField).not.toHaveValue(link);
    await expect(linkField).toHaveValue(/\/invite\//);
    const second = await linkField.inputValue();
    await panel.getByTestId("open-invitation").getByRole("button", { name: w.withdraw }).click();
    await expect(panel.getByTestId("open-invitation")).toHaveCount(0);
    await late.goto(second);
    await expect(late.getByTestId("invitation-refusal")).toHaveText(new RegExp(`^${w.withdrawn}`));
    expect(second).not.toBe(link);

    for (const page of [admin, stranger, manager, newcomer, late]) await page.context().close();
  });
}
