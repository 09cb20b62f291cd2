import { type Page } from "@playwright/test";
import { expect, test } from "../../fixtures/test";
import { accounts, signIn, startSession } from "../../fixtures/accounts";
import { profileGainsCriterion, seedReadinessJourney } from "./readiness-data";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

type Journey = Awaited<ReturnType<typeof seedReadinessJourney>>;
let journey: Journey;

test.beforeAll(async () => {
  journey = await seedReadinessJourney();
});

/** The dashboard for the journey's department, narrowed to one person by name. */
async function openDashboard(page: Page, name: string) {
  await page.goto("/readiness");
  await expect(page.getByRole("heading", { level: 1, name: "Readiness" })).toBeVisible();
  // Other journeys may have given this head more departments: choose the one under test when there is a choice.
  const picker = page.getByLabel("Department", { exact: true });
  if (await picker.isVisible()) await picker.selectOption({ label: journey.department });
  await page.getByLabel("Search people by name").fill(name);
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("rowheader")).toHaveCount(1);
}

/** The journey department's row on the coverage page: how many are signed off and how many wait for review. */
async function coverageCounts(page: Page) {
  await page.goto("/coverage");
  await expect(page.getByRole("heading", { level: 1, name: "Coverage" })).toBeVisible();
  await expect(page.getByText("Loading…")).toHaveCount(0);
  const row = page
    .getByRole("table", { name: `Departments serving ${journey.segment}` })
    .getByRole("row", { name: new RegExp(escape(journey.department)) });
  const cells = row.getByRole("cell"); // head, target, signed off, ready for review, …
  await expect(cells.nth(2)).toHaveText(/^\d+$/);
  return {
    signedOff: Number(await cells.nth(2).textContent()),
    readyForReview: Number(await cells.nth(3).textContent()),
  };
}

test("a head sees why a person is not ready, is refused a sign-off without override, signs off a ready person, and coverage counts it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, accounts.headPrivate);

  // The not-ready newcomer: the matrix cell says what is expected against what they have, and leads to the why.
  await openDashboard(page, journey.notReady.name);
  const row = page.getByRole("row", { name: new RegExp(journey.notReady.name) });
  await expect(
    row.getByText("In progress", { exact: true }).or(row.getByText("Not started", { exact: true })),
  ).toBeVisible();
  const cell = row.getByRole("link", {
    name: new RegExp(
      `Expertise in ${escape(journey.segment)}: Missing\\. Expected 2 · Practitioner, has 0 · None`,
    ),
  });
  await expect(cell).toBeVisible();
  await cell.click();
  await expect(page.getByRole("heading", { level: 1, name: journey.notReady.name })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Why not ready" })).toBeVisible();
  const blocker = page
    .locator("li")
    .filter({ hasText: `Expertise in ${journey.segment}` })
    .filter({ hasText: "Blocks sign-off" });
  await expect(blocker).toContainText("2 · Practitioner");
  await expect(blocker).toContainText("Expertise level");

  // No plain sign-off: the panel explains, and the override needs a reason.
  await expect(page.getByText(/Not every must-have is met: Expertise in/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign off as ready" })).toHaveCount(0);
  await page.getByRole("button", { name: "Sign off with an override…" }).click();
  const dialog = page.getByRole("dialog", { name: "Sign off with an override" });
  await dialog.getByRole("button", { name: "Sign off with override" }).click();
  await expect(dialog.getByText("This field is required.")).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  // The server refuses too, with the reason as a message key and params (rendered in the reader's language), when
  // asked directly without an override.
  const refused = await page.request.post("/api/trpc/readiness.signOff", {
    data: { json: { staffMemberId: journey.notReady.id, comment: "" } },
  });
  expect(refused.status()).toBe(400);
  const { error } = (await refused.json()) as {
    error: { json: { message: string; data: { messageKey: string; messageParams: { count: number } } } };
  };
  expect(error.json.data.messageKey).toBe("signOffNotReady");
  expect(error.json.data.messageParams.count).toBeGreaterThan(0); // the blocking must-haves, courses included
  expect(error.json.message).toContain("Sign off with an override and a reason");
  await page.reload();
  await expect(page.getByTestId("readiness-status")).not.toHaveText("Signed off");

  // The ready newcomer: signed off with a comment.
  const before = await coverageCounts(page);
  await openDashboard(page, journey.ready.name);
  const readyRow = page.getByRole("row", { name: new RegExp(journey.ready.name) });
  await expect(readyRow.getByText("Ready for review", { exact: true })).toBeVisible();
  await readyRow.getByRole("link", { name: journey.ready.name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: journey.ready.name })).toBeVisible();
  await page.getByLabel("Comment").fill("Handled three customer calls on their own.");
  await page.getByRole("button", { name: "Sign off as ready" }).click();
  await expect(page.getByText(`${journey.ready.name} is signed off.`)).toBeVisible();
  await expect(page.getByTestId("readiness-status")).toHaveText("Signed off");
  await expect(page.getByRole("region", { name: "Sign-off history" })).toContainText(
    "Handled three customer calls on their own.",
  );

  // Under the SIGNED_OFF chip on the dashboard.
  await openDashboard(page, journey.ready.name);
  await page.getByRole("button", { name: /^Signed off \(\d+\)$/ }).click();
  await expect(page.getByRole("button", { name: /^Signed off \(\d+\)$/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(
    page.getByRole("row", { name: new RegExp(journey.ready.name) }).getByText("Signed off", { exact: true }),
  ).toBeVisible();

  // The coverage page counts them as signed off now, no longer as waiting for review.
  expect(await coverageCounts(page)).toEqual({
    signedOff: before.signedOff + 1,
    readyForReview: before.readyForReview - 1,
  });
});

test("a sign-off lapses when the position's profile asks for something new, and the person page says why", async ({
  page,
}) => {
  await startSession(page, accounts.headPrivate);
  await page.goto(`/readiness/${journey.ready.id}`);
  await expect(page.getByRole("heading", { level: 1, name: journey.ready.name })).toBeVisible();
  // Signed off by the journey above, or here when this test runs alone.
  if ((await page.getByTestId("readiness-status").textContent()) !== "Signed off") {
    await page.getByRole("button", { name: "Sign off as ready" }).click();
    await expect(page.getByTestId("readiness-status")).toHaveText("Signed off");
  }
  await profileGainsCriterion(journey.positionId, journey.segmentId, "Explains fees without jargon");
  await page.reload();
  await expect(page.getByTestId("readiness-status")).toHaveText("Lapsed");
  await expect(page.getByText("The sign-off no longer holds")).toBeVisible();
  await expect(page.getByText(/The profile now also asks for: .*Explains fees without jargon/)).toBeVisible();
});
