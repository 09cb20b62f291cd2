import { expect, test } from "../../fixtures/test";
import { accounts, startSession } from "../../fixtures/accounts";
import { expectAccessible } from "../../fixtures/axe";

/**
 * Issue 18, item 5: the demo seed leaves last week's digest, announced in the notification centre; the staff
 * member opens it from there, reads their segment's themes and turns the e-mail off and on again. (Who gets no
 * digest, and that nobody reads another's, is in packages/api/test/digest.int.test.ts.)
 */
test("a staff member opens last week's digest from its notification and sets its e-mail", async ({
  page,
}) => {
  await startSession(page, accounts.staff);
  await page.goto("/notifications");
  await page
    .getByRole("link", { name: /^Your weekly digest: week of / })
    .first()
    .click();
  await expect(page).toHaveURL(/\/digest\?week=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Weekly digest" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Week of / })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Private individuals" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Feedback themes" })).toBeVisible();
  await expectAccessible(page);

  const email = page.getByRole("checkbox", { name: "Send me the weekly digest by e-mail" });
  await expect(email).toBeChecked();
  await email.uncheck();
  await expect(email).not.toBeChecked();
  await page.reload();
  await expect(email).not.toBeChecked();
  await email.check();
  await expect(email).toBeChecked();
  await page.reload();
  await expect(email).toBeChecked();
});
