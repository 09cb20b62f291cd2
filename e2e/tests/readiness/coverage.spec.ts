import { type Page } from "@playwright/test";
import { expect, test } from "../../fixtures/test";
import { accounts, signIn, startSession } from "../../fixtures/accounts";
import { expectAccessible } from "../../fixtures/axe";
import { createPrismaClient } from "@portal/db";

/** The segments HR should see: every active one, including those other specs created in this database. */
async function activeSegmentNames() {
  const db = createPrismaClient();
  try {
    return (await db.customerSegment.findMany({ where: { archived: false }, select: { name: true } })).map(
      (s) => s.name,
    );
  } finally {
    await db.$disconnect();
  }
}

/** The demo company's segment that no department serves (packages/db/src/seed/demo-data.ts). */
const ORPHAN = "Farmers & rural businesses";

async function openCoverage(page: Page) {
  await page.goto("/coverage");
  await expect(page.getByRole("heading", { level: 1, name: "Coverage" })).toBeVisible();
  await expect(page.getByText("Loading…")).toHaveCount(0);
  await expect(page.getByText("Loading chart…")).toHaveCount(0);
}

/** The summary table's segments: a row each, whose button (named by the segment) opens its departments. */
const segmentButtons = (page: Page) =>
  page
    .getByRole("region", { name: "Coverage per segment" })
    .getByRole("table", { name: "Customer segments with their totals" })
    .getByRole("rowheader")
    .getByRole("button");

test("HR sees the orphan segment of the demo company flagged as a gap, and the page passes axe", async ({
  page,
}) => {
  await signIn(page, accounts.hr);
  await page.getByRole("navigation").getByRole("link", { name: "Coverage" }).click();
  await openCoverage(page);
  const flags = page.getByRole("region", { name: "Needs attention" });
  const orphanFlag = flags.getByRole("link", {
    name: `${ORPHAN}: no department serves this segment, so nobody covers it.`,
  });
  await expect(orphanFlag).toBeVisible();
  // A company's segments come as one row each, closed: no department table until a segment is opened.
  const orphanButton = segmentButtons(page).filter({ hasText: ORPHAN });
  await expect(orphanButton).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("table", { name: /^Departments serving / })).toHaveCount(0);
  // The flag leads (by keyboard too) to the segment's row and opens it: it says the segment is not served.
  await orphanFlag.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#segment-/);
  await expect(orphanButton).toHaveAttribute("aria-expanded", "true");
  const orphanRow = page
    .getByRole("row")
    .filter({ has: page.getByRole("button", { name: ORPHAN, exact: true }) });
  await expect(orphanRow).toContainText("Not served");
  await expect(
    page.getByText("No department serves this segment: it is a gap until one is created for it."),
  ).toBeVisible();
  // Every active segment is listed for HR (other specs may have added some to the demo's seven).
  const names = await activeSegmentNames();
  expect(names.length).toBeGreaterThanOrEqual(7);
  await expect(segmentButtons(page)).toHaveCount(names.length);
  expect((await segmentButtons(page).allTextContents()).sort()).toEqual([...names].sort());
  // A segment served by a department opens (by keyboard) to its departments' table, and closes again.
  const served = segmentButtons(page).filter({ hasText: "Private individuals" });
  await served.focus();
  await page.keyboard.press("Enter");
  const departments = page.getByRole("table", { name: "Departments serving Private individuals" });
  await expect(departments.getByRole("rowheader", { name: "Private Banking Service" })).toBeVisible();
  await served.click();
  await expect(served).toHaveAttribute("aria-expanded", "false");
  await expect(departments).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2, name: "Time from start to sign-off" })).toBeVisible();
  await expectAccessible(page);
});

test("a head sees only the segment of their own department", async ({ page }) => {
  await signIn(page, accounts.headPrivate);
  await openCoverage(page);
  // A head's one segment comes open.
  await expect(segmentButtons(page)).toHaveText(["Private individuals"]);
  await expect(segmentButtons(page)).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByText(ORPHAN)).toHaveCount(0);
  await expect(
    page
      .getByRole("table", { name: "Departments serving Private individuals" })
      .getByRole("rowheader", { name: "Private Banking Service" }),
  ).toBeVisible();
  // The trend offers their segment only.
  await expect(page.getByLabel("Segment").locator("option")).toHaveText(["Private individuals"]);
  await expectAccessible(page);
});

test("staff cannot open the coverage page", async ({ page }) => {
  await startSession(page, accounts.staff);
  await page.goto("/coverage");
  await expect(page).not.toHaveURL(/\/coverage/);
  await expect(page.getByRole("navigation").getByRole("link", { name: "Coverage" })).toHaveCount(0);
});
