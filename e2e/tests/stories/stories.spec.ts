import { expect, test } from "../../fixtures/test";
import { accounts, signIn, signOut, startSession } from "../../fixtures/accounts";

/**
 * Service stories (issue 18): a staff member writes a story and submits it, the head of the segment's department
 * publishes it from the moderation queue and finds it by search. (Axe scans the story pages in
 * scans/every-page.spec.ts.)
 */
test("a staff member writes a story, the head publishes it, and it is found by search", async ({ page }) => {
  const title = `Kunden som ville byta bank ${Date.now()}`;
  await signIn(page, accounts.staff);
  await page.getByRole("navigation").getByRole("link", { name: "Service stories" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Service stories" })).toBeVisible();
  await expect(page.getByText("Loading…")).toHaveCount(0);

  await page.getByRole("link", { name: "Write a story" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Write a service story" })).toBeVisible();
  await page.getByLabel("Language of the story").selectOption("sv");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("The situation").fill("Kunderna var **arga** över avgifterna.");
  await page.getByLabel("What you did").fill("Jag gick igenom avgifterna med dem.");
  await page.getByLabel("The outcome").fill("De stannade kvar.");
  await page.getByLabel("What colleagues can learn").fill("Förklara avgifterna innan kunden frågar.");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.locator("strong", { hasText: "arga" })).toBeVisible();
  await page.getByRole("button", { name: "Submit for moderation" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Submit for moderation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Awaiting moderation")).toBeVisible();
  await signOut(page);

  await startSession(page, accounts.headPrivate);
  await page.goto("/stories/moderation");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Decision saved. The author is told.")).toBeVisible();

  await page.goto("/stories");
  // "kunden" is not in the story; "Kunderna" is, and Swedish stemming finds it.
  await page.getByLabel("Search stories").fill("kunden avgift");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});
