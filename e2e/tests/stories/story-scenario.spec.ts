import { expect, test } from "../../fixtures/test";
import { accounts, startSession } from "../../fixtures/accounts";
import { withDb } from "../../fixtures/db";
import { expectAccessible } from "../../fixtures/axe";

/**
 * Stories become training (issue 18): HR turns a published demo story into a scenario of a new course (the story
 * is chosen with the keyboard), writes the customer's words and the poorer response the editor asks for,
 * publishes, sees the course on the story's page and enrols the demo staff member, who answers the scenario.
 */
test("a course author turns a published story into a scenario and a learner answers it", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const course = `Stories at the counter ${Date.now().toString(36)}`;
  const story = "The mortgage renewal that started with a worry";
  const learner = await withDb(
    async (db) =>
      (await db.query<{ name: string }>(`select name from "User" where email = $1`, [accounts.staff]))
        .rows[0]!.name,
  );

  await startSession(page, accounts.hr);
  await page.goto("/learning/courses/new");
  await page.getByLabel("Course title").fill(course);
  await page.getByRole("button", { name: "Create course" }).click();
  await expect(page).toHaveURL(/\/learning\/courses\/\w+\?tab=content/);
  await expect(page.getByText("Loading…")).toHaveCount(0);
  await page.getByRole("button", { name: "Add module" }).click();
  await page.locator("#m0-title").fill("Stories from the counter");

  await page.getByRole("button", { name: "Add scenario from a story" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a scenario from a service story" });
  await dialog.getByLabel("Search published stories").fill("mortgage worry");
  const use = dialog
    .getByRole("listitem")
    .filter({ hasText: story })
    .getByRole("button", { name: "Use this story" });
  await expectAccessible(page);
  await use.focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`From the story: ${story}`)).toBeVisible();
  await expect(page.getByRole("link", { name: story })).toHaveAttribute("href", /^\/stories\/\w+$/);
  await expect(page.locator("#m0-i0-context")).toHaveValue(/The real reason for the call was a worry/);
  await expect(page.locator("#m0-i0-r0-text")).toHaveValue(/I put the rate comparison aside/);

  // The customer's words and a second response are the author's to write: the draft does not save without them.
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "3 problems need fixing" })).toBeVisible();
  await page.locator("#m0-i0-says").fill("What is your best rate for five years?");
  await page.locator("#m0-i0-r1-text").fill("Here is our best rate. Shall I send the offer?");
  await page.locator("#m0-i0-r1-feedback").fill("A quick quote misses the worry behind the call.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft version 1 saved.")).toBeVisible();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Version 1 published.")).toBeVisible();

  // The story lists the course, and leads back to it.
  await page.getByRole("link", { name: story }).click();
  const usedIn = page.getByRole("region", { name: "Used in courses" });
  await expect(usedIn).toBeVisible();
  await expect(usedIn.getByRole("link", { name: `${course} (version 1)` })).toHaveAttribute(
    "href",
    /^\/learning\/courses\/\w+$/,
  );
  // From the story's page, "Use in a course" opens the course's content with the scenario added (not saved).
  await usedIn.getByRole("button", { name: "Use in a course" }).click();
  const choose = page.getByRole("dialog", { name: "Use this story in a course" });
  await choose.getByLabel("Search courses").fill(course);
  await choose.getByRole("link", { name: course }).click();
  await expect(page.getByRole("heading", { level: 1, name: course })).toBeVisible();
  await expect(page.getByText(/The scenario from “.+” was added at the end of module 1/)).toBeVisible();
  await expect(page.getByText(`From the story: ${story}`)).toHaveCount(2);
  await expect(page).toHaveURL(/\?tab=content$/);

  await page.getByRole("link", { name: "Enrol people", exact: true }).click();
  await page.getByLabel("Find people").fill(learner);
  await page.getByRole("checkbox", { name: learner }).check();
  await page.getByRole("button", { name: "Enrol", exact: true }).click();
  await expect(page.getByText("1 person enrolled.")).toBeVisible();

  const staff = await (await browser.newContext()).newPage();
  await startSession(staff, accounts.staff);
  await staff.goto("/learning");
  await staff.getByRole("link", { name: `Start: ${course}` }).click();
  await expect(staff.getByRole("heading", { level: 2, name: story })).toBeVisible();
  await staff.getByRole("radio", { name: /I put the rate comparison aside/ }).check();
  await expect(staff.getByText("This was a best response.")).toBeVisible();
  await expect(staff.getByText("Ask what the call is really about before you quote a rate.")).toBeVisible();
  await staff.context().close();
});
