import { expect, test } from "../../fixtures/test";
import { signOut } from "../../fixtures/accounts";
import { withDb } from "../../fixtures/db";
import { testOidc } from "../../fixtures/oidc";

/**
 * Issue 19: single sign-on through the run's OpenID Connect provider (fixtures/oidc.ts), beside password sign-in. A
 * known person comes in with the company account (matched by e-mail, whatever its case); an unknown one is refused
 * with the reason in words. Group mapping, unverified addresses and tampered callbacks are covered against the same
 * provider in packages/auth/test/sso.int.test.ts.
 */
test("a person signs in with the company account; an unknown one is told why not", async ({ page }) => {
  // The provider's "Kim Known" is Sso.Known@Nordvik.example; the portal has the address in lower case.
  await withDb((db) =>
    db.query(
      `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt")
       VALUES ('e2e-sso-known', 'sso.known@nordvik.example', 'Kim Known', 'STAFF', 'not-a-hash', now())
       ON CONFLICT (email) DO UPDATE SET active = true`,
    ),
  );
  const ssoButton = page.getByRole("button", { name: `Sign in with ${testOidc.displayName}` });

  await page.goto("/login");
  await expect(page.getByLabel("Password")).toBeVisible();
  await ssoButton.click();
  await page.getByRole("button", { name: "Sign in as Kim Known" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Kim Known" })).toBeVisible();

  await signOut(page);
  // The provider remembers Kim (its cookie is on localhost too): a new person starts from a fresh browser.
  await page.context().clearCookies();
  await page.goto("/login");
  await ssoButton.click();
  await page.getByRole("button", { name: "Sign in as Nina Newcomer" }).click();
  await expect(page).toHaveURL(/\/login\?sso=unknown/);
  await expect(
    page.getByText(
      "Your company account is not linked to anyone in the portal yet. Ask an administrator to add you with the same email address.",
    ),
  ).toBeVisible();
});
