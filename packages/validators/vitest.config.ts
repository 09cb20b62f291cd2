import { defineConfig } from "vitest/config";

// A hang guard, not a speed check: the password-strength matching took over 5 s (the default) for one test on 2
// cores under a load average of 22. Nothing here measures speed.
export default defineConfig({ test: { testTimeout: 120_000 } });
