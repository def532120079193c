import { expect, type Page } from "@playwright/test";

export interface NewDocument {
  title: string;
  /** The Hindi pasted into the form. */
  text: string;
  locale?: "en" | "hi";
  /** The project to create it in; the form's default project when left out. */
  projectId?: string;
}

/** Creates a document through the "new document" form, as a person would, and returns its id. */
export async function createDocument(page: Page, { title, text, locale = "en", projectId }: NewDocument): Promise<string> {
  await page.goto(`/${locale}/documents/new`);
  const form = page.getByTestId("new-document-form");
  await form.locator('input[name="title"]').fill(title);
  await form.locator('textarea[name="text"]').fill(text);
  if (projectId) await form.getByTestId("project-select").selectOption(projectId);
  await form.locator('button[type="submit"]').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return page.url().split("/documents/")[1].split("?")[0];
}
