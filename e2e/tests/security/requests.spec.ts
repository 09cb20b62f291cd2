import { expect, test } from "@playwright/test";
import { accounts, DEMO_PASSWORD, signIn, signOut } from "../../fixtures/accounts";

/** Sessions that end, redirects that stay on the site, and cross-site requests refused (issue 14). */

test("a session cookie replayed after sign-out is refused", async ({ page, context }) => {
  await signIn(page, accounts.staff);
  const before = await page.request.get("/api/trpc/account.me");
  expect((await before.json()).result.data.json).toMatchObject({ email: accounts.staff });
  const stolen = await context.cookies();
  await signOut(page);
  // Put the old cookie back, as someone who copied it would.
  await context.addCookies(stolen);
  const replayedMe = await page.request.get("/api/trpc/account.me");
  expect((await replayedMe.json()).result.data.json).toBeNull();
  expect((await page.request.get("/api/trpc/home.summary")).status()).toBe(401);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("the sign-in page's `next` sends nobody off the site", async ({ page, baseURL }) => {
  for (const next of ["/\\evil.example", "//evil.example", "/.//evil.example", "https:evil.example"]) {
    await page.goto(`/login?next=${encodeURIComponent(next)}`);
    // Both ways in carry it: the password form and "Sign in with <company account>" (the e2e server has SSO on).
    const nextFields = page.locator('input[name="next"]');
    await expect(nextFields).toHaveCount(2);
    for (const field of await nextFields.all()) await expect(field).toHaveValue("/");
  }
  // Even a form posted with a hostile value (bypassing the page) lands on the site.
  await page.goto("/login");
  await page
    .locator('form:has(input[name="password"]) input[name="next"]')
    .evaluate((el: HTMLInputElement) => (el.value = "/\\evil.example"));
  await page.getByLabel("Email").fill(accounts.hr);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  await signOut(page);
});

test("tRPC mutations and data-changing routes refuse cross-site requests, forms and oversized batches", async ({
  page,
  baseURL,
}) => {
  await signIn(page, accounts.admin);
  // Setting the locale the admin already has: a real mutation that changes nothing other specs see.
  const mutation = "/api/trpc/account.setLocale";
  const input = { json: { locale: "en" } };
  const json = { "content-type": "application/json" };
  const foreign: Record<string, string>[] = [
    { origin: "https://evil.example" },
    { origin: "http://localhost:1" }, // same site, another origin
    { origin: "null" },
    { "sec-fetch-site": "cross-site" },
    { "sec-fetch-site": "same-site" },
  ];
  for (const headers of foreign) {
    const response = await page.request.post(mutation, { headers: { ...json, ...headers }, data: input });
    expect(response.status(), JSON.stringify(headers)).toBe(403);
  }
  const cv = await page.request.delete("/api/candidates/any/cv", {
    headers: { origin: "https://evil.example" },
  });
  expect(cv.status()).toBe(403);
  const signOutPost = await page.request.post("/api/auth/signout", {
    headers: { origin: "https://evil.example" },
    form: { csrfToken: "x" },
  });
  expect(signOutPost.status()).toBe(403);

  // Same origin, but a form body: what another site could also send without a preflight.
  const sameOrigin = { origin: new URL(baseURL!).origin, "sec-fetch-site": "same-origin" };
  const urlencoded = await page.request.post(mutation, { headers: sameOrigin, form: { a: "1" } });
  expect(urlencoded.status()).toBe(415);
  const multipart = await page.request.post(mutation, { headers: sameOrigin, multipart: { a: "1" } });
  expect(multipart.status()).toBe(415);
  const plain = await page.request.post(mutation, {
    headers: { ...sameOrigin, "content-type": "text/plain" },
    data: "{}",
  });
  expect(plain.status()).toBe(415);

  // A batch longer than ten calls is refused; ten are answered.
  const batch = (n: number) =>
    page.request.get(
      `/api/trpc/${Array(n).fill("account.me").join(",")}?batch=1&input=${encodeURIComponent("{}")}`,
    );
  expect((await batch(11)).status()).toBe(400);
  expect((await batch(10)).status()).toBe(200);

  // The same mutation from the site itself still works.
  const ok = await page.request.post(mutation, { headers: { ...json, ...sameOrigin }, data: input });
  expect(ok.status()).toBe(200);
});

test("changing X-Forwarded-For does not dodge the sign-in throttle", async ({ page }) => {
  const email = `spoof-${Date.now()}@nordvik.example`;
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${i + 1}` });
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong password ${i}`);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login")),
      page.getByRole("button", { name: "Sign in", exact: true }).click(),
    ]);
    await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  }
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.250" });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong password again");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText(/Too many failed sign-in attempts/)).toBeVisible();
});
