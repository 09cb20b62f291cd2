import { readFile } from "node:fs/promises";
import { type Page } from "@playwright/test";
import { expect, test } from "../../fixtures/test";
import { accounts, startSession } from "../../fixtures/accounts";
import { expectAccessible } from "../../fixtures/axe";

test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const title = `Courier visits ${run}`;
let coursePath = "";
let enrolledCount = 0;

async function settled(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Loading…")).toHaveCount(0);
}

test("HR writes a course with a lesson, a scenario and a quiz, previews, publishes, adds a rule, exports and imports", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await startSession(page, accounts.hr);
  await page.goto("/learning/courses");
  await settled(page);
  await expectAccessible(page);

  await page.getByRole("link", { name: "New course" }).click();
  await settled(page);
  await expectAccessible(page);
  await page.getByLabel("Course title").fill(title);
  await page.getByLabel("Summary").fill("Warn the customer before every courier visit.");
  // Tags are checkboxes: reachable and toggled with the keyboard.
  const segment = page
    .getByRole("group", { name: /Segments/ })
    .getByRole("checkbox")
    .first();
  await segment.focus();
  await page.keyboard.press("Space");
  await expect(segment).toBeChecked();
  await page.getByRole("button", { name: "Create course" }).click();
  await expect(page).toHaveURL(/\/learning\/courses\/\w+\?tab=content/);
  coursePath = new URL(page.url()).pathname;
  await settled(page);

  // Content: one module with a lesson, a scenario and a quiz.
  await page.getByRole("button", { name: "Add module" }).click();
  await page.locator("#m0-title").fill("Before the visit");
  await page.getByRole("button", { name: "Add lesson" }).click();
  await page.locator("#m0-i0-title").fill("Why we call ahead");
  await page
    .locator("#m0-i0-body")
    .fill(
      "## Call ahead\n\nA courier who does not warn **costs trust**.\n\n- Call the day before\n- Give a time window",
    );
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await expect(
    page
      .getByRole("region", { name: "Preview of Why we call ahead" })
      .getByRole("heading", { name: "Call ahead" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Edit text" }).click();

  await page.getByRole("button", { name: "Add scenario", exact: true }).click();
  await page.locator("#m0-i1-title").fill("The unannounced courier");
  await page.locator("#m0-i1-context").fill("A courier rang at 7 am without warning.");
  await page.locator("#m0-i1-says").fill("Nobody told me you were coming!");
  await page
    .locator("#m0-i1-r0-text")
    .fill("I am sorry; we should have called. Let us book a time that suits you.");
  await page.locator("#m0-i1-r0-feedback").fill("Owning the miss and offering a choice rebuilds trust.");
  await page.locator("#m0-i1-r1-text").fill("The courier company is not us.");
  await page
    .locator("#m0-i1-r1-feedback")
    .fill("Blaming a partner leaves the customer alone with the problem.");

  await page.getByRole("button", { name: "Add quiz" }).click();
  await page.locator("#m0-i2-title").fill("Check: courier visits");
  await page.locator("#m0-i2-q0-prompt").fill("When do we warn the customer about a courier?");
  await page.locator("#m0-i2-q0-o0").fill("The day before");
  await page.locator("#m0-i2-q0-o1").fill("Never");
  await page.locator("#m0-i2-q0-explanation").fill("Customers plan their day; a warning respects it.");
  // No correct option chosen: the shared schema refuses it and the error shows at the question's options.
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "1 problem needs fixing" })).toBeVisible();
  const options = page.getByRole("group", { name: "Options" });
  await expect(options.getByText("Choose the correct answer among the options.")).toBeVisible();
  await options.getByRole("radio", { name: "Option 1 is correct" }).check();
  await expect(options.getByText("Choose the correct answer among the options.")).toHaveCount(0);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft version 1 saved.")).toBeVisible();
  await expectAccessible(page);

  // Preview as a learner: rendered lesson, scenario feedback on choosing, quiz without answers.
  await page.getByRole("link", { name: "Preview as a learner", exact: true }).click();
  const preview = page.getByRole("region", { name: "Preview as a learner" });
  await expect(preview.getByRole("heading", { name: "Call ahead", exact: true })).toBeVisible();
  await preview.getByRole("button", { name: "The courier company is not us." }).click();
  await expect(
    preview
      .getByRole("status")
      .filter({ hasText: "Blaming a partner leaves the customer alone with the problem." }),
  ).toBeVisible();
  await expect(preview.getByText("When do we warn the customer about a courier?")).toBeVisible();
  await expect(preview.getByText("Customers plan their day; a warning respects it.")).toHaveCount(0);
  await expectAccessible(page);

  // Publish with confirmation.
  await page.getByRole("link", { name: "Content", exact: true }).click();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Version 1 published.")).toBeVisible();
  await expect(page.getByText(/Version 1 is published\. Editing starts version 2 as a draft/)).toBeVisible();

  // A rule for a department that enrols its people now, with the count.
  await page.getByRole("link", { name: "Rules", exact: true }).click();
  await page.getByLabel("Applies to", { exact: true }).selectOption("department");
  await page.getByLabel("Required for").selectOption({ label: "Private Banking Service" });
  await page.getByLabel("Due after (days)").fill("21");
  await expect(page.getByLabel("Enrol the people it applies to now")).toBeChecked();
  await page.getByRole("button", { name: "Add rule" }).click();
  const added = page.getByText(/Rule added\. \d+ (person was|people were) enrolled\./);
  await expect(added).toBeVisible();
  enrolledCount = Number((await added.innerText()).match(/(\d+) (person|people)/)![1]);
  expect(enrolledCount).toBeGreaterThan(0);
  await expect(page.getByRole("row", { name: /Private Banking Service/ })).toContainText("21 days");
  await expectAccessible(page);

  for (const tab of ["Enrol people", "Question statistics", "Details"]) {
    await page.getByRole("link", { name: tab, exact: true }).click();
    await settled(page);
    await expectAccessible(page);
  }

  // Export the JSON file.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export (JSON)" }).click();
  const download = await downloading;
  const file = JSON.parse(await readFile((await download.path())!, "utf8")) as {
    format: string;
    course: { title: string };
    content: { modules: { title: string }[] };
  };
  expect(file.format).toBe("customer-portal.course");
  expect(file.course.title).toBe(title);

  // Import a broken copy: every issue with its place, translated.
  await page.goto("/learning/courses/import");
  await settled(page);
  await expectAccessible(page);
  const broken = {
    ...file,
    format: "something else",
    content: { ...file.content, modules: [{ ...file.content.modules[0], title: "" }] },
  };
  await page.getByLabel("Or paste the file's content").fill(JSON.stringify(broken));
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const issues = page.getByRole("alert").filter({ hasText: "nothing was imported" });
  await expect(issues).toContainText("format");
  await expect(issues).toContainText("This is not a course file exported from the portal");
  await expect(issues).toContainText("content.modules[0].title");
  await expect(issues).toContainText("This field is required.");

  // The course's enrolments on the progress page.
  await page.goto("/learning/progress");
  await settled(page);
  await page.getByLabel("Course", { exact: true }).selectOption({ label: title });
  await expect(page.getByTestId("summary-enrolments")).toHaveText(String(enrolledCount));
  await expect(page.getByRole("row", { name: /Private Banking Service/ }).first()).toContainText(title);
  await expect(
    page.getByRole("region", { name: "Completion per course" }).getByRole("row", { name: new RegExp(title) }),
  ).toContainText(String(enrolledCount));
  await expectAccessible(page);
});

test("a head sees only their own department on the progress page", async ({ page }) => {
  expect(coursePath).not.toBe("");
  await startSession(page, accounts.headYoung);
  await page.goto("/learning/progress");
  await settled(page);
  await expectAccessible(page);
  // Only departments this head runs (other journeys may have given them another one), never someone else's.
  const departmentOptions = await page
    .getByLabel("Department", { exact: true })
    .locator("option")
    .allInnerTexts();
  expect(departmentOptions).toContain("Young Customers Team");
  expect(departmentOptions).not.toContain("Private Banking Service");
  await page.getByLabel("Course", { exact: true }).selectOption({ label: title });
  await expect(page.getByTestId("summary-enrolments")).toHaveText("0");
  await expect(page.getByRole("row", { name: /Private Banking Service/ })).toHaveCount(0);

  await page.goto("/learning/progress");
  await settled(page);
  const departments = await page
    .getByRole("table", { name: "Enrolments" })
    .locator("tbody tr td:nth-child(2)")
    .allInnerTexts();
  expect(departments.every((d) => departmentOptions.includes(d))).toBe(true);
  await page.getByRole("button", { name: "Enrol people" }).click();
  await expectAccessible(page);

  // The head of the department the rule enrolled sees those people.
  await page.context().clearCookies();
  await startSession(page, accounts.headPrivate);
  await page.goto("/learning/progress");
  await settled(page);
  await page.getByLabel("Course", { exact: true }).selectOption({ label: title });
  await expect(page.getByTestId("summary-enrolments")).toHaveText(String(enrolledCount));
});
