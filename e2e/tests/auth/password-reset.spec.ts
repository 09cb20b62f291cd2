import { expect, test } from "../../fixtures/test";
import { signInWithForm } from "../../fixtures/accounts";
import { expectAccessible } from "../../fixtures/axe";
import { withDb } from "../../fixtures/db";
import { capturedMails } from "../../fixtures/mail";

/**
 * Issue 19: "Forgot password?" on the sign-in page, the link from the mail (caught by the run's SMTP capture,
 * fixtures/mail.ts), a new password, and the link refused the second time. A fresh account, so the demo
 * sign-ins of the other journeys keep their password.
 */
test("a person resets a forgotten password with the link from the mail, once", async ({ page }) => {
  const email = `reset.${Date.now().toString(36)}@nordvik.example`;
  const password = "lantern orchard mellow 2026";
  await withDb((db) =>
    db.query(
      `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt")
       VALUES ($1, $2, 'Rita Reset', 'STAFF', 'not-a-hash', now())`,
      [`e2e-reset-${Date.now().toString(36)}`, email],
    ),
  );

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText("If an active account has this email address")).toBeVisible();

  let link = "";
  await expect
    .poll(async () => {
      const mail = (await capturedMails()).find((m) => m.to.includes(email));
      link = /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(mail?.text ?? "")?.[0] ?? "";
      return link;
    })
    .not.toBe("");

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await page.getByRole("textbox", { name: "New password", exact: true }).fill(password);
  await page.getByRole("textbox", { name: "Repeat the new password" }).fill(password);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/login\?reason=password-reset/);
  await expect(page.getByText("Your password was reset. Sign in with the new one.")).toBeVisible();

  await signInWithForm(page, email, password);
  await expect(page.getByRole("heading", { name: "Welcome, Rita Reset" })).toBeVisible();

  await page.goto(link);
  await expect(page.getByText("This password reset link has already been used.")).toBeVisible();
});
