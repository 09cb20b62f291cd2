import { defineConfig } from "vitest/config";
import { createRequire } from "node:module";

const testTemplateSetup = createRequire(import.meta.url).resolve("@portal/db/test-template");

export default defineConfig({
  test: {
    include: ["test/**/*.int.test.ts"],
    // One migrated template per run; each test file's database is a copy (packages/db/src/test-template.ts).
    globalSetup: [testTemplateSetup],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
