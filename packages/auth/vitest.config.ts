import { defineConfig } from "vitest/config";

// Unit tests only: integration tests need a database and run through vitest.integration.config.ts.
export default defineConfig({ test: { include: ["src/**/*.test.ts"] } });
