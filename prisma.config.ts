import { defineConfig } from "prisma/config";

// The CLI here only generates the client; migrations are applied by prisma/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
