import { createPrismaClient } from "@portal/db";
import { createStaffMember, createUser } from "@portal/db/factories";
import { accounts, signIn, startSession } from "../../fixtures/accounts";
import { expect, test } from "../../fixtures/test";

/**
 * Issue 16 class 5: the main multi-step journeys on a phone (390 x 844). The `fitsTheWindow` fixture fails a test
 * whenever the page grew wider than the window during it (a form's errors, a dialog, a quiz result), and the
 * navigation is used through its menu. The same journeys run at 1280 px in their own specs, watched the same way.
 */
test.use({ viewport: { width: 390, height: 844 } });

test("on a phone, a learner goes through the menu to a course, a lesson, a quiz and its result, and their readiness", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const email = `phone.learner.${run}@nordvik.example`;
  const password = "linden harbour quietly";
  const db = createPrismaClient();
  try {
    const user = await createUser(db, { role: "STAFF", email, name: `Phone Learner ${run}`, password });
    const department = await db.department.findFirstOrThrow({ where: { name: "Private Banking Service" } });
    const staff = await createStaffMember(db, { departmentId: department.id, userId: user.id });
    const version = await db.courseVersion.findFirstOrThrow({
      where: { status: "PUBLISHED", course: { title: "Serving private individuals" } },
      select: { id: true, courseId: true },
    });
    await db.enrolment.create({
      data: { staffMemberId: staff.id, courseId: version.courseId, versionId: version.id, source: "MANUAL" },
    });
  } finally {
    await db.$disconnect();
  }

  await signIn(page, email, password);
  const menu = page.getByRole("button", { name: "Menu" });
  await menu.click();
  await page.getByRole("dialog", { name: "Menu" }).getByRole("link", { name: "My onboarding" }).click();
  await expect(page).toHaveURL(/\/learning$/);
  await page
    .getByRole("link", { name: /Serving private individuals/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Mark as done" }).first().click();
  await expect(page.getByRole("progressbar", { name: "1 of 6 items done" })).toBeVisible();
  // Forward to the quiz, item by item: each step waits for the next item to show.
  const position = page.getByText(/^Item \d+ of \d+/);
  for (let step = 0; step < 12 && !(await position.innerText()).includes("Quiz"); step++) {
    const before = await position.innerText();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(position).not.toHaveText(before);
  }
  await page.getByRole("button", { name: "Start attempt" }).click();
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();

  await menu.click();
  await page.getByRole("dialog", { name: "Menu" }).getByRole("link", { name: "My readiness" }).click();
  await expect(page).toHaveURL(/\/readiness\/me$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("on a phone, HR opens a position's board and an application, and a refused new candidate shows its errors", async ({
  page,
}) => {
  const db = createPrismaClient();
  let positionId: string;
  try {
    ({ positionId } = await db.application.findFirstOrThrow({
      where: { stage: { in: ["SCREENING", "INTERVIEW"] } },
      orderBy: { createdAt: "asc" },
      select: { positionId: true },
    }));
  } finally {
    await db.$disconnect();
  }
  await startSession(page, accounts.hr);
  await page.goto("/hiring");
  await page.locator(`main a[href^="/hiring/positions/${positionId}"]`).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.locator('main a[href^="/hiring/applications/"]').first().click();
  await expect(page).toHaveURL(/\/hiring\/applications\//);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto("/hiring/candidates/new");
  await page.getByRole("button", { name: "Create candidate" }).click();
  await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
  await expect(page).toHaveURL(/\/hiring\/candidates\/new$/);
});

test("the phone menu closes when the window is widened past the phone layout, and the page is usable again", async ({
  page,
}) => {
  await startSession(page, accounts.staff);
  await page.goto("/");
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("dialog", { name: "Menu" })).toBeVisible();
  // The modal makes the rest of the page inert: once widened, nothing would be clickable if it stayed open.
  await page.setViewportSize({ width: 1280, height: 844 });
  await expect(page.getByRole("dialog", { name: "Menu" })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My readiness" }).click();
  await expect(page).toHaveURL(/\/readiness\/me$/);
});

test("the watcher fails a journey whose page grows wider than the window", async ({
  page,
  fitsTheWindow,
}) => {
  test.fail(); // the fixture's check at the end of the test is what fails
  await page.goto("/login");
  await page.evaluate(() => {
    const wide = document.createElement("div");
    wide.style.width = "2000px";
    wide.style.height = "1px";
    document.body.append(wide);
  });
  await expect.poll(() => fitsTheWindow.problems.size).toBeGreaterThan(0);
});
