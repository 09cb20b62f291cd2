import { defineConfig } from "vitest/config";

// Unit tests only: integration tests need a database and run through vitest.integration.config.ts.
// argon2id at the OWASP cost is slow on purpose; with turbo running typechecks beside it on 2 shared cores a
// hash and two verifications have taken over 5 s (the default timeout). Nothing here measures speed.
export default defineConfig({ test: { include: ["src/**/*.test.ts"], testTimeout: 120_000 } });
