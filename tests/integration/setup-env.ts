import { inject } from "vitest";

// Server modules read their configuration from process.env (lib/server/env.ts).
process.env.DATABASE_URL = inject("databaseUrl");
process.env.BETTER_AUTH_SECRET ??= "integration-test-secret-0123456789abcdef0123456789";
process.env.SETU_URL ??= "http://localhost:3000";
