import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.int.test.ts"],
    // One migrated template per run; each test file's database is a copy (packages/db/src/test-template.ts).
    globalSetup: ["src/test-template.ts"],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
