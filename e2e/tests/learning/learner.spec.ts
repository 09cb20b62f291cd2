import { type Locator, type Page } from "@playwright/test";
import { expect, test } from "../../fixtures/test";
import { accounts, signIn, startSession } from "../../fixtures/accounts";
import { expectAccessible } from "../../fixtures/axe";

const run = Date.now().toString(36);
const learner = {
  name: `Tove Lind ${run}`,
  email: `tove.lind.${run}@nordvik.example`,
  password: "copper heron sketches slowly", // free of the name and e-mail, which carry the run suffix
};
const COURSE = "Serving the public sector";

/** Puts the items of an ordering question in the wanted order with the keyboard-accessible up buttons. */
async function putInOrder(question: Locator, wanted: string[]) {
  for (let target = 0; target < wanted.length; target++) {
    const texts = await question.getByRole("listitem").allInnerTexts();
    for (let at = texts.findIndex((t) => t.includes(wanted[target]!)); at > target; at--) {
      await question.getByRole("button", { name: `Move "${wanted[target]}" up` }).click();
    }
  }
  await expect(question.getByRole("listitem")).toHaveText(
    wanted.map((w, i) => new RegExp(`${i + 1}\\.\\s*${w}`)),
  );
}

async function answerPublicSectorQuizCorrectly(page: Page) {
  const q = (prompt: RegExp) => page.getByRole("group", { name: prompt });
  await q(/How do public customers usually buy/)
    .getByRole("radio", { name: "Through tenders and framework agreements" })
    .check();
  const compliance = q(/good answer to a compliance question/);
  await compliance.getByRole("checkbox", { name: "It is in writing" }).check();
  await compliance.getByRole("checkbox", { name: "It gives the clause or law reference" }).check();
  await q(/A report sent one day late is harmless/)
    .getByRole("radio", { name: "False" })
    .check();
  await q(/Only the fees listed in the framework agreement/)
    .getByRole("radio", { name: "True" })
    .check();
  await putInOrder(q(/Order the stages of a public sector relationship/), [
    "Tender",
    "Framework agreement",
    "Reporting",
  ]);
  await q(/A report will be late/)
    .getByRole("radio", { name: "Warn the customer today and send what is ready" })
    .check();
}

test("a new staff member completes a required course, fails the quiz once, passes, and gets a verifiable certificate and expertise", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  // HR creates the person in a department whose rules require the public sector course.
  await startSession(page, accounts.hr);
  await page.goto("/admin/staff/new");
  await page.getByLabel("Email").fill(learner.email);
  await page.getByLabel("Name").fill(learner.name);
  await page.getByLabel("Department").selectOption({ label: "Public Sector Unit" });
  await page.getByLabel("Position").selectOption({ label: "Public sector advisor" });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(`${learner.name} was added to the staff.`)).toBeVisible();
  const oneTimePassword = (await page.getByTestId("one-time-password").innerText()).trim();

  const context = await browser.newContext();
  const staff = await context.newPage();
  await staff.goto("/login");
  await staff.getByLabel("Email").fill(learner.email);
  await staff.getByLabel("Password").fill(oneTimePassword);
  await staff.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(staff).toHaveURL(/\/change-password/);
  await staff.locator("#currentPassword").fill(oneTimePassword);
  await staff.locator("#newPassword").fill(learner.password);
  await staff.locator("#confirmPassword").fill(learner.password);
  await staff.getByRole("button", { name: "Change password" }).click();
  await expect(staff).toHaveURL(/\/login\?reason=password-changed/);
  await signIn(staff, learner.email, learner.password);

  // No expertise in the segment yet.
  await staff.goto("/me");
  await expect(staff.getByText("No expertise recorded yet.")).toBeVisible();

  // My onboarding lists both required courses.
  await staff.getByRole("link", { name: "My onboarding", exact: true }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "My onboarding" })).toBeVisible();
  await expect(staff.getByRole("heading", { name: "Customer-centric basics" })).toBeVisible();
  await expect(staff.getByRole("heading", { name: COURSE })).toBeVisible();
  await expectAccessible(staff);
  await staff.getByRole("link", { name: `Start: ${COURSE}` }).click();

  // Lessons: Markdown with a table, marked as done.
  await expect(staff.getByRole("heading", { level: 2, name: "How public customers buy" })).toBeVisible();
  await expect(staff.getByRole("table")).toContainText("Exactly what was promised");
  await expectAccessible(staff);
  for (const next of ["Deadlines and references", "The quarterly report that is late"]) {
    await staff.getByRole("button", { name: "Mark as done" }).click();
    await expect(staff.getByText("Done", { exact: true })).toBeVisible();
    await staff.getByRole("button", { name: "Next", exact: true }).click();
    await expect(staff.getByRole("heading", { level: 2, name: next })).toBeVisible();
  }

  // Scenarios: a weaker response first (marked poor; the better one shown with its reasoning), then the best.
  await staff.getByRole("radio", { name: "Send it in three days without warning." }).check();
  await expect(
    staff.getByText("A poor choice: this response does not serve the customer well."),
  ).toBeVisible();
  await expect(staff.getByText(/^A better response: Call today/)).toBeVisible();
  await expect(staff.getByText(/^Why it is better: /)).toBeVisible();
  await expectAccessible(staff);
  await staff.getByRole("radio", { name: /^Call today, explain the delay/ }).check();
  await expect(staff.getByText("This was a best response.")).toBeVisible();
  for (const [title, best] of [
    ["A compliance question on the phone", /^Check the agreement, answer in writing/],
    ["A fee outside the framework", /^Refund it, confirm in writing/],
  ] as const) {
    await staff.getByRole("button", { name: "Next", exact: true }).click();
    await expect(staff.getByRole("heading", { level: 2, name: title })).toBeVisible();
    await staff.getByRole("radio", { name: best }).check();
    await expect(staff.getByText("This was a best response.")).toBeVisible();
  }
  await staff.getByRole("button", { name: "Next", exact: true }).click();

  // Quiz: the rules, a failed first attempt (submitted unanswered after confirming), then a pass.
  await expect(staff.getByRole("heading", { level: 2, name: "Public sector quiz" })).toBeVisible();
  await expect(staff.getByText("Pass mark: 80%")).toBeVisible();
  await expect(staff.getByText("Attempts used: 0 of 3")).toBeVisible();
  await staff.getByRole("button", { name: "Start attempt" }).click();
  await expect(staff.getByRole("group", { name: /How do public customers usually buy/ })).toBeVisible();
  await expectAccessible(staff);
  await staff.getByRole("button", { name: "Submit answers" }).click();
  const confirm = staff.getByRole("alertdialog", { name: "Submit with unanswered questions?" });
  await expect(confirm).toContainText("5 questions are unanswered");
  await confirm.getByRole("button", { name: "Submit answers" }).click();
  await expect(staff.getByRole("heading", { name: "Attempt 1 result" })).toBeVisible();
  await expect(staff.getByText("Not passed", { exact: true })).toBeVisible();
  // The demo course keeps the default: after a failure, which questions were wrong, not the correct answers.
  await expect(staff.getByText("Wrong").first()).toBeVisible();
  await expect(staff.getByText(/^Correct answer:/)).toHaveCount(0);
  await expect(staff.getByText(/^The correct answers are not shown/)).toBeVisible();
  await expectAccessible(staff);

  await staff.getByRole("button", { name: "Try again" }).click();
  await answerPublicSectorQuizCorrectly(staff);
  // A reload resumes the same attempt with the answers given so far.
  await staff.reload();
  await staff.getByRole("button", { name: "Resume attempt" }).click();
  await staff.getByRole("button", { name: "Submit answers" }).click();
  await expect(staff.getByRole("heading", { name: "Attempt 2 result" })).toBeVisible();
  await expect(staff.getByText("Score: 6 of 6 (100%)").first()).toBeVisible();
  await expect(staff.getByText("You passed this course.")).toBeVisible();
  await expect(staff.getByText("Why: Through tenders and framework agreements.")).toBeVisible();
  // Both attempts are listed with their results.
  await expect(staff.getByRole("listitem").filter({ hasText: /^Attempt 1 ·.*Not passed/ })).toBeVisible();
  await expect(staff.getByRole("listitem").filter({ hasText: /^Attempt 2 ·.*Passed/ })).toBeVisible();

  // The certificate, with the expertise it granted.
  await staff.getByRole("link", { name: "View your certificate" }).click();
  await expect(staff.getByRole("heading", { name: "Certificate of completion" })).toBeVisible();
  await expect(staff.getByRole("article").getByText(learner.name)).toBeVisible();
  await expect(staff.getByText("Public sector: level 2")).toBeVisible();
  await expect(staff.getByRole("button", { name: "Print" })).toBeVisible();
  await expectAccessible(staff);
  const code = (await staff.getByTestId("verification-code").innerText()).trim();
  expect(code).toMatch(/^CERT-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

  // The plan shows the course completed with its certificate.
  await staff.goto("/learning");
  await expect(staff.getByRole("link", { name: `Review: ${COURSE}` })).toBeVisible();

  // The expertise level rose on the profile.
  await staff.goto("/me");
  const row = staff.getByRole("row", { name: /Public sector/ }).first();
  await expect(row).toContainText("2 · Practitioner");
  await expect(row).toContainText("Training");
  await expect(staff.getByRole("heading", { name: "Onboarding", exact: true })).toBeVisible();

  // A timed quiz asks before the clock starts, then counts down from the server's deadline.
  await staff.goto("/learning");
  await staff.getByRole("link", { name: "Start: Customer-centric basics" }).click();
  await staff
    .getByRole("navigation", { name: "Course outline" })
    .getByRole("button", { name: /Customer-centric basics quiz/ })
    .click();
  await expect(staff.getByText("Time limit: 10 minutes")).toBeVisible();
  await staff.getByRole("button", { name: "Start attempt" }).click();
  const timed = staff.getByRole("alertdialog", { name: "Start a timed attempt?" });
  await expect(timed).toContainText("You will have 10 minutes.");
  await timed.getByRole("button", { name: "Start attempt" }).click();
  await expect(staff.getByText(/^Time left: (10:00|9:\d\d)$/)).toBeVisible();
  await expect(staff.getByRole("group", { name: /Why is Nordvik organized into departments/ })).toBeVisible();
  await expectAccessible(staff);
  await context.close();

  // Anyone can verify the code, signed out.
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto("/verify");
  await expect(anonymous).toHaveURL(/\/verify$/);
  await expectAccessible(anonymous);
  await anonymous.getByLabel("Verification code").fill(code.toLowerCase());
  await anonymous.getByRole("button", { name: "Check" }).click();
  await expect(anonymous).toHaveURL(new RegExp(`/verify\\?code=${code}`));
  await expect(anonymous.getByRole("heading", { name: new RegExp(COURSE) })).toContainText("Valid");
  await expect(anonymous.getByText(learner.name)).toBeVisible();
  await expectAccessible(anonymous);
  await anonymous.goto("/verify?code=CERT-ZZZZ-ZZZZ");
  await expect(anonymous.getByText("No certificate has this code.")).toBeVisible();
  await anonymous.context().close();
});

test("the demo staff member resumes a course in progress and sees a completed one with its certificate", async ({
  page,
}) => {
  await startSession(page, accounts.staff);
  await page.goto("/learning");
  await expect(page.getByRole("link", { name: "Review: Customer-centric basics" })).toBeVisible();
  await page.getByRole("link", { name: "Certificate" }).first().click();
  await expect(page.getByRole("heading", { name: "Certificate of completion" })).toBeVisible();
  await expect(page.getByRole("article").getByText("Customer-centric basics")).toBeVisible();
  // Issued by the company, downloadable as PDF, and printed on exactly one A4 page.
  await expect(page.getByTestId("certificate-company")).not.toBeEmpty();
  await expect(page.getByRole("link", { name: "Download PDF" })).toHaveAttribute(
    "href",
    /^\/api\/certificates\/[^/]+\/pdf$/,
  );
  const printed = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
  expect(printed.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  const [, width, height] = printed.match(/\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/) ?? [];
  expect([Math.round(Number(width) / 2.835), Math.round(Number(height) / 2.835)]).toEqual([210, 297]); // mm
  await page.goto("/learning");
  await page.getByRole("link", { name: "Continue: Serving private individuals" }).click();
  // Resumes at the first item not done: the second scenario.
  await expect(
    page.getByRole("heading", { level: 2, name: "A promised call that never came" }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("navigation", { name: "Course outline" })
      .getByRole("button", { name: /Who our private customers are.*done/ }),
  ).toBeVisible();
  // The URL names the item shown, so a reload stays there.
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "The blocked card abroad" })).toBeVisible();
  await expect(page).toHaveURL(/\?item=/);
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "The blocked card abroad" })).toBeVisible();
  // A phone-sized screen: the outline collapses behind a button.
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(page.getByRole("navigation", { name: "Course outline" })).toBeHidden();
  await page.getByRole("button", { name: "Show outline" }).click();
  await expect(page.getByRole("navigation", { name: "Course outline" })).toBeVisible();
  await expectAccessible(page);
});
