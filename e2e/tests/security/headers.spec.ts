import { expect, test, type Page } from "@playwright/test";
import { accounts, signIn, signOut } from "../../fixtures/accounts";
import { watchForViolations, type ViolationWatcher } from "../../fixtures/violations";

/**
 * Security headers on pages and API answers, and no Content-Security-Policy violation where client code does the
 * most: the sign-in page, the charts and the course player. (Every page of every role is watched for violations and
 * console errors by tests/scans/every-page.spec.ts.)
 */

async function visit(page: Page, watcher: ViolationWatcher, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await expect(page.getByText("Loading…")).toHaveCount(0);
  expect.soft(await watcher.take(), `on ${path}`).toEqual([]);
}

test("pages carry a nonce-based CSP and the other security headers; https adds HSTS", async ({ request }) => {
  const page = await request.get("/login");
  const headers = page.headers();
  const csp = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).toMatch(/script-src [^;]*'nonce-/);
  expect(csp).not.toMatch(/script-src [^;]*'unsafe-inline'/);
  for (const directive of [
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ])
    expect(csp).toContain(directive);
  // Every script Next renders carries this response's nonce.
  const html = await page.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toBeUndefined();
  // A fresh nonce per response.
  const again = (await request.get("/login")).headers()["content-security-policy"];
  expect(again).not.toEqual(csp);

  const overHttps = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toMatch(/max-age=\d{8,}/);
  expect(overHttps.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test("tRPC and API answers are never stored", async ({ page }) => {
  await signIn(page, accounts.admin);
  for (const path of [
    "/api/trpc/account.me",
    "/api/trpc/users.list?input=%7B%22json%22%3A%7B%7D%7D",
    "/api/trpc/account.me,home.summary?batch=1&input=%7B%7D",
    "/api/auth/session",
  ]) {
    const response = await page.request.get(path);
    expect(response.headers()["cache-control"], path).toContain("no-store");
  }
});

test("the sign-in page, the charts and the course player log no CSP violation or console error", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const watcher = await watchForViolations(page);
  await visit(page, watcher, "/login");

  await signIn(page, accounts.admin);
  await visit(page, watcher, "/coverage");
  // The charts are loaded on the client, lazily: they render only if scripts run under the policy.
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  expect.soft(await watcher.take(), "/coverage charts").toEqual([]);
  await signOut(page);

  await signIn(page, accounts.staff);
  await visit(page, watcher, "/learning");
  // The course player (the demo staff member has a course in progress): it opens, and moving to another
  // item, which runs client code, works.
  await page
    .getByRole("link", { name: /^Continue: / })
    .first()
    .click();
  await expect(page).toHaveURL(/\/learning\/[^/?]+(\?|$)/);
  const heading = page.getByRole("heading", { level: 2 }).first();
  await expect(heading).toBeVisible();
  const next = page.getByRole("button", { name: "Next", exact: true });
  if (await next.isEnabled()) {
    const before = await heading.textContent();
    await next.click();
    await expect(page.getByRole("heading", { level: 2 }).first()).not.toHaveText(before ?? "");
  }
  expect.soft(await watcher.take(), "course player").toEqual([]);
});
