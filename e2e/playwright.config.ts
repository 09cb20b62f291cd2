import { defineConfig, devices } from "@playwright/test";
import { serverEnv } from "./fixtures/server-env";
import { mailCapture } from "./fixtures/mail";
import { chromiumLaunchOptions } from "./fixtures/browser";
import { testOidc } from "./fixtures/oidc";

const port = Number(process.env.PW_PORT ?? 3100);

/**
 * Read-only scans (accessibility, widths, codes on screen, pages in other languages) change no data, so they run
 * beside the journeys when PW_WORKERS=2, split into groups; the journeys change the demo company and run one at a
 * time, in file order. One worker is the default: on two cores a second worker made the run longer (23.4 min for
 * 80 tests against ~14 for 70 in one; the scans are CPU-bound, and both workers slowed each other). Timeouts are hang
 * guards: the browser and the server share two cores, so a step may take several times what it takes alone.
 */
const scans = ["scans/**", "layout/widths.spec.ts", "i18n/**"];

export default defineConfig({
  testDir: "tests",
  fullyParallel: false,
  workers: Number(process.env.PW_WORKERS ?? 1),
  // Journeys first: with two workers the first takes them in order, the second (journeys being limited to one) the scans.
  projects: [
    { name: "journeys", testIgnore: scans, workers: 1 },
    { name: "scans", testMatch: scans, fullyParallel: true, timeout: 300_000 },
  ],
  // `npm test` runs some read-only scans in its other lane (tooling/ci/test-all.mjs); this run leaves them out.
  grepInvert: process.env.PW_GREP_INVERT ? new RegExp(process.env.PW_GREP_INVERT) : undefined,
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://localhost:${port}`,
    // CI retries a failed test once and records that retry. Recording every test, to keep the failures' traces,
    // cost a fifth of the run's CPU (screenshots of every frame: the browser's GPU process and Playwright's worker).
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: [
    {
      // The run's mailbox (fixtures/mail.ts): the password-reset journey reads its link from here.
      command: "node e2e/fixtures/mail-capture.mjs",
      cwd: "..",
      port: mailCapture.port,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      env: { MAIL_CAPTURE_PORT: String(mailCapture.port), MAIL_CAPTURE_FILE: mailCapture.file },
    },
    {
      // The run's identity provider (fixtures/oidc.ts): the single sign-on journey signs in through it.
      command: "node packages/auth/test/support/oidc-provider.mjs",
      cwd: "..",
      port: testOidc.port,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      env: testOidc.providerEnv,
    },
    {
      command: "npm run start -w @portal/web",
      cwd: "..",
      url: `http://localhost:${port}/login`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      // The two-server spec (tests/multi-server) starts a second server with the same environment, less single
      // sign-on, which only this server has.
      env: {
        PORT: String(port),
        ...serverEnv,
        ...testOidc.serverEnv,
        SMTP_URL: `smtp://127.0.0.1:${mailCapture.port}`,
        PORTAL_URL: `http://localhost:${port}`,
      },
    },
  ],
});
