import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(__dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "messages/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["lib/server/**", "node_modules/**"],
          environment: "node",
          // Speed is the benchmarks' business: the at-scale correctness tests (10,000 × 10,000 glossary terms, 2,000 ×
          // 2,000 alignment) took 5.4 s on a loaded machine and failed Vitest's default 5 s limit without being wrong.
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias: { ...alias, "server-only": path.resolve(__dirname, "tests/server-only-stub.ts") } },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
