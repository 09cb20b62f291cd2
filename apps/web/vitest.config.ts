import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests of the web app's pure modules (src/**/*.test.ts): no browser, no server, no database.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: { include: ["src/**/*.test.ts"], environment: "node", testTimeout: 120_000 },
});
