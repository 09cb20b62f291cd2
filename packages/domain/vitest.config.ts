import { defineConfig } from "vitest/config";

// Property tests run hundreds of cases; on 2 shared cores beside turbo's typechecks the 5 s default has been
// too tight for CPU-heavy tests elsewhere. Nothing here measures speed (benchmarks do).
export default defineConfig({ test: { testTimeout: 120_000 } });
