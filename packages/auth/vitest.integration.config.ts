import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.int.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // next-auth imports "next/server" without an extension, which only a bundler resolves: vite transforms it.
    server: { deps: { inline: ["next-auth"] } },
  },
});
