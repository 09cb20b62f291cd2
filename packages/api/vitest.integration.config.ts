import { defineConfig } from "vitest/config";
import { createRequire } from "node:module";

const testTemplateSetup = createRequire(import.meta.url).resolve("@portal/db/test-template");

/**
 * Files that change what a module keeps for the life of its process, so they get modules of their own: the
 * sign-in settings are parsed once per process (password-signin-off sets them first), the outage monitor lives on
 * globalThis (the health and outage files take the database down), and the token and webhook files change
 * process.env.
 */
const ownModules = [
  "test/password-signin-off.int.test.ts",
  "test/outage.int.test.ts",
  "test/health.int.test.ts",
  "test/api-tokens.int.test.ts",
  "test/rest-api-tokens.int.test.ts",
  "test/webhooks.int.test.ts",
];

export default defineConfig({
  test: {
    // One migrated template per run; each test file's database is a copy (packages/db/src/test-template.ts).
    globalSetup: [testTemplateSetup],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    projects: [
      {
        // The rest share one worker and its modules: a fresh worker per file imported the whole router again,
        // 2-3 s of CPU for each of ~50 files. Each file still makes its own database (harness.ts), and its drop
        // fails if the file left connections behind (packages/db/src/test-database.ts).
        extends: true,
        test: { name: "shared", include: ["test/**/*.int.test.ts"], exclude: ownModules, isolate: false },
      },
      { extends: true, test: { name: "own-modules", include: ownModules } },
    ],
  },
});
