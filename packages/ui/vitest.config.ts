import { defineConfig } from "vitest/config";

// tsconfig keeps JSX as is (Next compiles it); the tests need it compiled. The cn property tests compare tens of
// thousands of class pairs with tailwind-merge, CPU-bound: seconds on a quiet machine, minutes on a loaded one, so
// the timeout only stops a hang (nothing here measures time).
export default defineConfig({ oxc: { jsx: { runtime: "automatic" } }, test: { testTimeout: 900_000 } });
