import { readFile } from "node:fs/promises";
import { type Download, type Page } from "@playwright/test";
import { expect, test } from "../../fixtures/test";
import { accounts, startSession } from "../../fixtures/accounts";
import { codesIn } from "../../fixtures/codes";
import { withDb } from "../../fixtures/db";

/**
 * Issue 17: what the server produces reaches a Swedish reader in Swedish. CSV exports (headers, values, the ";" a
 * Swedish spreadsheet expects, the byte-order mark), import problems, and notifications. The reader is an HR
 * account of this file's own whose language is Swedish (the demo accounts keep theirs: scans run beside).
 */
const run = Date.now().toString(36);
const reader = `hr.sv.${run}@nordvik.example`;
test.beforeAll(() =>
  withDb((db) =>
    // The demo HR account's password hash, so the demo password signs in.
    db.query(
      `INSERT INTO "User" (id, email, name, role, "passwordHash", locale, "updatedAt")
       SELECT $1, $2, 'Sara Svensson', 'HR', "passwordHash", 'sv', now() FROM "User" WHERE email = $3`,
      [`e2e-sv-${run}`, reader, accounts.hr],
    ),
  ),
);

async function settled(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Läser in…")).toHaveCount(0);
}

/** The downloaded file's text, after checking it starts with the byte-order mark spreadsheets read as UTF-8. */
async function csvText(download: Download) {
  const text = await readFile((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  return text.slice(1);
}

async function downloadCsv(page: Page, button: string) {
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  return csvText(await downloading);
}

test("training progress: Swedish headers and statuses, ';' between cells", async ({ page }) => {
  await startSession(page, reader);
  await page.goto("/learning/progress");
  await settled(page);
  const [header, ...rows] = (await downloadCsv(page, "Exportera CSV")).trim().split("\r\n");
  expect(header).toBe("Namn;Avdelning;Kurs;Status;Framsteg %;Klara moment;Moment;Slutdatum;Försenad");
  expect(rows.length).toBeGreaterThan(0);
  expect(codesIn(rows.join("\n"))).toEqual([]);
  // Status and "overdue" in words: the fourth and last cells of every row.
  for (const row of rows.slice(0, 20)) {
    const cells = row.split(";");
    expect(["Inte påbörjad", "Pågår", "Slutförd", "Har gått ut"]).toContain(cells[3]);
    expect(["Ja", "Nej"]).toContain(cells.at(-1));
  }
});

test("staff: the export in Swedish imports back unchanged", async ({ page }) => {
  await startSession(page, reader);
  await page.goto("/admin/staff");
  await settled(page);
  const csv = await downloadCsv(page, "Exportera CSV");
  const [header, ...rows] = csv.trim().split("\r\n");
  expect(header).toMatch(/^E-post;Namn;Avdelning;Befattning;Startdatum;Status;Expertis: /);
  expect(codesIn(rows.join("\n"))).toEqual([]);
  await page.goto("/admin/staff/import");
  await settled(page);
  await page.getByLabel("CSV-innehåll").fill(csv);
  await page.getByRole("button", { name: "Förhandsgranska" }).click();
  await expect(
    page.getByText(`${rows.length} rader: 0 nya, 0 att uppdatera, ${rows.length} oförändrade, 0 med fel.`),
  ).toBeVisible();
});

test("readiness: requirement headers and cells in words", async ({ page }) => {
  await startSession(page, reader);
  await page.goto("/readiness");
  await settled(page);
  await page.getByLabel("Avdelning", { exact: true }).selectOption({ label: "Private Banking Service" });
  await expect(page.getByRole("table")).toBeVisible();
  const [header, ...rows] = (await downloadCsv(page, "Exportera CSV")).trim().split("\r\n");
  expect(header).toMatch(/^Namn;E-post;Befattning;Redo för kund;Redo för kund %;Klarförklarad med undantag;/);
  expect(header).toContain("(skallkrav)");
  expect(codesIn(`${header}\n${rows.join("\n")}`)).toEqual([]);
  expect(rows.join("\n")).toMatch(/Uppfyllt|Delvis uppfyllt|Saknas/);
});

test("a candidate import's row problems and a notification read in Swedish", async ({ page }) => {
  await startSession(page, reader);
  await page.goto("/hiring/candidates/import");
  await settled(page);
  await page
    .getByLabel("Eller klistra in CSV-innehållet")
    .fill("name,email,expertise\nAda,ada@example.com,Nowhere:2");
  await page.getByRole("button", { name: "Kontrollera filen" }).click();
  await expect(page.locator('tr[data-row="2"]')).toContainText(
    "Det finns inget kundsegment som heter ”Nowhere”.",
  );

  const course = `Kundmöten ${run}`;
  await withDb((db) =>
    db.query(
      `INSERT INTO "Notification" (id, "userId", kind, params, link, "dedupeKey")
       SELECT $1, id, 'course.overdue', $2, '/learning', $1 FROM "User" WHERE email = $3`,
      [`e2e-${run}`, JSON.stringify({ course, dueAt: "2026-12-01T12:00:00.000Z" }), reader],
    ),
  );
  await page.goto("/notifications");
  await settled(page);
  await expect(page.getByRole("link", { name: `Försenad: ${course}` })).toBeVisible();
  await expect(page.getByText("Kursen skulle ha varit klar 1 december 2026.")).toBeVisible();
});
