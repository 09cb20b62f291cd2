import { defineConfig } from "vitest/config";

/** Unit tests only; tests that need a database are *.int.test.ts (vitest.integration.config.ts). */
export default defineConfig({
  test: { include: ["src/**/*.test.ts"], exclude: ["**/*.int.test.ts"], testTimeout: 120_000 },
});
