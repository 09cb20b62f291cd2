import { expect, test } from "../../fixtures/test";
import { accounts, startSession } from "../../fixtures/accounts";
import { expectAccessible } from "../../fixtures/axe";

test("a head reads how their own team fits their department, with an explanation, and nobody else", async ({
  page,
}) => {
  await startSession(page, accounts.headPrivate);
  await page.goto("/admin/departments");
  await page.getByRole("link", { name: "Private Banking Service" }).click();
  const ranking = page.getByRole("region", { name: "How your team fits this department" });
  await expect(ranking).toBeVisible();
  await expect(
    ranking.getByText(/\d+ of \d+ people reach the required level [1-4] or above\./),
  ).toBeVisible();
  const people = ranking.getByRole("listitem").filter({ has: page.getByRole("img", { name: /^Fit / }) });
  expect(await people.count()).toBeGreaterThan(1);
  // Best first: the scores never increase down the list.
  const scores = (
    await people
      .getByRole("img", { name: /^Fit / })
      .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""))
  ).map((label) => Number(/Fit ([\d.]+) of 100/.exec(label)?.[1]));
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  await people.first().getByText("Why?").click();
  await expect(
    people
      .first()
      .getByRole("listitem")
      .filter({ hasText: /^(Met|Partial|Missing).*Private individuals.*points$/ }),
  ).toHaveCount(1);
  // A head's ranking is their own team: no other department's names appear.
  await expect(ranking.getByText("Public Sector Unit")).toHaveCount(0);
  await expectAccessible(page);
});

test("HR sees the whole organization ranked for a department, marking who already works there", async ({
  page,
}) => {
  await startSession(page, accounts.hr);
  await page.goto("/admin/departments?q=Young");
  await page.getByRole("link", { name: "Young Customers Team" }).click();
  const ranking = page.getByRole("region", { name: "Who fits this department best" });
  await expect(ranking.getByRole("img", { name: /^Fit / }).first()).toBeVisible();
  await expect(ranking.getByText("In this department").first()).toBeVisible();
  const more = ranking.getByRole("button", { name: /Show more/ });
  const before = await ranking.getByRole("img", { name: /^Fit / }).count();
  // The demo company has more people than one page of the ranking.
  expect(before).toBe(25);
  await more.click();
  await expect.poll(() => ranking.getByRole("img", { name: /^Fit / }).count()).toBeGreaterThan(before);
});
