import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../support/test-database";

/**
 * One freshly migrated database per test run, dropped afterwards. Test files share it and make
 * their own data unique (ids, emails), so they never depend on each other's rows.
 */
export default async function setup(project: TestProject) {
  const db = await createTestDatabase("int");
  project.provide("databaseUrl", db.url);
  return async () => {
    await db.drop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
