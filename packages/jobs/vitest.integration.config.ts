import { defineConfig } from "vitest/config";
import { createRequire } from "node:module";

const testTemplateSetup = createRequire(import.meta.url).resolve("@portal/db/test-template");

/**
 * Files that change what a module keeps for the life of its process, so they get modules of their own: the
 * webhook file changes process.env (the signing secret, localhost receivers), and the start-retry file leaves the
 * outage monitor (globalThis) down while the database is away.
 */
const ownModules = ["test/webhooks.int.test.ts", "test/start-retry.int.test.ts"];

export default defineConfig({
  test: {
    // One migrated template per run; each test file's database is a copy (packages/db/src/test-template.ts).
    globalSetup: [testTemplateSetup],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    projects: [
      {
        // The rest share one worker and its modules (pg-boss, the api router, Prisma's query compiler are imported
        // once, not once per file). Each file still makes its own database, and its drop fails if the file left
        // connections behind (packages/db/src/test-database.ts).
        extends: true,
        test: { name: "shared", include: ["test/**/*.int.test.ts"], exclude: ownModules, isolate: false },
      },
      { extends: true, test: { name: "own-modules", include: ownModules } },
    ],
  },
});
