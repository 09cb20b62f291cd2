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

const segmentHeadings = (page: Page) =>
  page.getByRole("region", { name: "Coverage per segment" }).getByRole("heading", { level: 3 });

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
  // The flag leads (by keyboard too) to the segment's own card, which says it is not served.
  await orphanFlag.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#segment-/);
  const card = page.getByRole("region", { name: ORPHAN });
  await expect(card.getByText("Not served")).toBeVisible();
  await expect(
    card.getByText("No department serves this segment: it is a gap until one is created for it."),
  ).toBeVisible();
  // Every active segment is listed for HR (other specs may have added some to the demo's seven).
  const names = await activeSegmentNames();
  expect(names.length).toBeGreaterThanOrEqual(7);
  await expect(segmentHeadings(page)).toHaveCount(names.length);
  expect((await segmentHeadings(page).allTextContents()).sort()).toEqual([...names].sort());
  await expect(page.getByRole("heading", { level: 2, name: "Time from start to sign-off" })).toBeVisible();
  await expectAccessible(page);
});

test("a head sees only the segment of their own department", async ({ page }) => {
  await signIn(page, accounts.headPrivate);
  await openCoverage(page);
  await expect(segmentHeadings(page)).toHaveText(["Private individuals"]);
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
