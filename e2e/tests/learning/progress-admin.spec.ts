import { readFile } from "node:fs/promises";
import { type Page } from "@playwright/test";
import { expect, test } from "../../fixtures/test";
import { accounts, startSession } from "../../fixtures/accounts";

const run = Date.now().toString(36);

async function settled(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Loading…")).toHaveCount(0);
}

test("a head enrols one of their people by hand; enrolling them again keeps the one enrolment", async ({
  page,
}) => {
  await startSession(page, accounts.headPrivate);
  await page.goto("/learning/progress");
  await settled(page);
  await page.getByRole("button", { name: "Enrol people" }).click();
  const form = page.locator("form").filter({ has: page.getByLabel("Find people") });
  // A course the private desk is not required to take, so the enrolment is new on a fresh database.
  await form.locator("#enrol-course").selectOption({ label: "Serving small businesses" });
  // Nothing chosen: a clear error, nothing sent.
  await form.getByRole("button", { name: "Enrol" }).click();
  await expect(form.getByText("Choose at least one person.")).toBeVisible();

  const person = form.getByRole("checkbox").first();
  const name = (await person.locator("xpath=..").innerText()).replace(/\s*\(.*\)\s*$/, "").trim();
  await person.check();
  await form.locator("#enrol-due").fill("10");
  await form.getByRole("button", { name: "Enrol" }).click();
  await expect(form.getByRole("status")).toHaveText(
    /^(1 person enrolled\.|0 people enrolled; 1 already were\.)$/,
  );

  // The same submission again (a retry) enrols nobody twice.
  await form.getByLabel("Find people").fill(name);
  await form.getByRole("checkbox", { name }).check();
  await form.getByRole("button", { name: "Enrol" }).click();
  await expect(form.getByRole("status")).toHaveText("0 people enrolled; 1 already were.");

  await page
    .getByLabel("Course", { exact: true })
    .first()
    .selectOption({ label: "Serving small businesses" });
  await expect(
    page.getByRole("table", { name: "Enrolments" }).getByRole("row", { name: new RegExp(name) }),
  ).toHaveCount(1);
});

test("HR downloads the progress as CSV with one row per enrolment shown", async ({ page }) => {
  await startSession(page, accounts.hr);
  await page.goto("/learning/progress");
  await settled(page);
  const total = Number(await page.getByTestId("summary-enrolments").innerText());
  expect(total).toBeGreaterThan(0);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^training-progress-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await download.path())!, "utf8"))
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  expect(lines[0]).toContain("Name");
  expect(lines[0]).toContain("Course");
  expect(lines.length - 1).toBe(total);
  expect(lines.slice(1).some((l) => l.includes("Customer-centric basics"))).toBe(true);
});

test("HR archives a course after confirming, it leaves the list, and restores it", async ({ page }) => {
  const title = `Archive me ${run}`;
  await startSession(page, accounts.hr);
  await page.goto("/learning/courses/new");
  await settled(page);
  await page.getByLabel("Course title").fill(title);
  await page.getByRole("button", { name: "Create course" }).click();
  await expect(page).toHaveURL(/\/learning\/courses\/\w+/);
  await settled(page);

  await page.getByRole("button", { name: "Archive" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Archive this course?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("This course is archived")).toHaveCount(0);
  await page.getByRole("button", { name: "Archive" }).click();
  await page
    .getByRole("alertdialog", { name: "Archive this course?" })
    .getByRole("button", { name: "Archive" })
    .click();
  await expect(page.getByText("This course is archived: it is read-only until restored.")).toBeVisible();

  await page.goto(`/learning/courses?search=${encodeURIComponent(title)}`);
  await settled(page);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  // The toggle is the list's URL parameter: it shows as checked once the URL has changed.
  await page.getByLabel("Show archived").click();
  await expect(page.getByLabel("Show archived")).toBeChecked();
  await page.getByRole("link", { name: title }).click();
  await settled(page);
  await page.getByRole("button", { name: "Restore" }).click();
  await page
    .getByRole("alertdialog", { name: "Restore this course?" })
    .getByRole("button", { name: "Restore" })
    .click();
  await expect(page.getByText("This course is archived")).toHaveCount(0);
});
