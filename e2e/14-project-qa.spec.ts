import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import en from "../messages/en.json";
import hi from "../messages/hi.json";
import { createUserWithRole, signedInPage } from "./support/users";

/*
 * #18's per-project "no approval while QA errors are open", in both languages: a project's manager
 * chooses it on the project page and it holds after a reload; a reviewer of the project reads what
 * applies and has no form.
 */
const messages = { en, hi } as const;
const root = path.resolve(__dirname, "..");

function setu(...args: string[]): string {
  const databaseUrl = readFileSync(path.join(root, "test-results", `e2e-db-url-${process.env.E2E_PORT ?? 3100}`), "utf8").trim();
  return execFileSync(process.execPath, [path.join(root, "cli/setu.mjs"), ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789abcdef" },
    stdio: "pipe",
    encoding: "utf8",
  });
}

for (const locale of ["en", "hi"] as const) {
  test(`a project's QA approval setting, chosen by its manager, read by its reviewer (${locale})`, async ({ browser }) => {
    const q = messages[locale].qa;
    const managerEmail = createUserWithRole("translator", `pqa-manager-${locale}`);
    const reviewerEmail = createUserWithRole("reviewer", `pqa-reviewer-${locale}`);
    const projectId = setu("project", "create", `Project QA ${locale} ${Date.now()}`).trim();
    setu("project", "add-member", projectId, "--email", managerEmail, "--role", "manager");
    setu("project", "add-member", projectId, "--email", reviewerEmail, "--role", "reviewer");

    const manager = await signedInPage(browser, managerEmail, locale);
    await manager.goto(`/${locale}/projects/${projectId}`);
    const form = manager.getByRole("form", { name: q.projectSettingsTitle });
    await expect(form.getByTestId("project-qa-effective")).toHaveText(q.projectBlockEffectiveOff);
    await expect(form.getByRole("radio", { name: q.projectBlockFollowOff })).toBeChecked();
    await form.getByRole("radio", { name: q.projectBlockOn }).check();
    await form.getByRole("button", { name: q.settingsSave }).click();
    await expect(form.getByRole("status")).toHaveText(q.projectSettingsSaved);
    await expect(form.getByTestId("project-qa-effective")).toHaveText(q.projectBlockEffectiveOn);
    await manager.reload();
    await expect(form.getByRole("radio", { name: q.projectBlockOn })).toBeChecked();

    const reviewer = await signedInPage(browser, reviewerEmail, locale);
    await reviewer.goto(`/${locale}/projects/${projectId}`);
    await expect(reviewer.getByTestId("project-qa-effective")).toHaveText(q.projectBlockEffectiveOn);
    await expect(reviewer.getByRole("radio")).toHaveCount(0);
  });
}
