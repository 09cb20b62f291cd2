import { defineConfig } from "vitest/config";

// tsconfig keeps JSX as is (Next compiles it); the tests need it compiled.
export default defineConfig({ oxc: { jsx: { runtime: "automatic" } } });
