import { expect, test } from "@playwright/test";
import { accounts, signIn } from "../../fixtures/accounts";

const malformed = [
  "/admin/staff/%E0%A4%A",
  "/admin/staff/%ZZ",
  "/api/trpc/%ZZ",
  "/api/candidates/%E0%A4%A/cv",
  "/api/certificates/%E0%A4%A/pdf",
  "/%C0%AF",
];

test("a malformed percent-encoded path is a 400, never a 500, signed in or not", async ({
  page,
  request,
}) => {
  for (const path of malformed) {
    const anonymous = await request.get(path, { maxRedirects: 0 });
    expect(anonymous.status(), path).toBe(400);
  }
  await signIn(page, accounts.admin);
  for (const path of malformed) {
    const signedIn = await page.request.get(path, { maxRedirects: 0 });
    expect(signedIn.status(), path).toBe(400);
  }
  // A well-formed escape still reaches the page (a staff member that does not exist).
  const wellFormed = await page.request.get("/admin/staff/%E0%A4%A4", { maxRedirects: 0 });
  expect(wellFormed.status()).toBeLessThan(500);
});
