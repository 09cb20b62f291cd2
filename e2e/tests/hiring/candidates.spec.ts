import { expect, test } from "../../fixtures/test";
import { accounts, signIn, startSession } from "../../fixtures/accounts";
import { expectAccessible } from "../../fixtures/axe";

const run = Date.now().toString(36);
const position = "Digital advisor · Young Customers Team";
const header = "name,email,phone,years,languages,expertise,certifications,source,notes";
const row = (i: number) =>
  `Cand ${run} ${i},cand.${run}.${i}@example.com,+46 70 ${i},${i % 8},"en:B2; sv:C1",Young adults:${i % 5},,job board,`;
const minimalPdf =
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
  "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

test("HR imports 20 candidates for a position (bad rows first refused), finds one, and uploads and downloads a CV", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await startSession(page, accounts.hr);

  await page.goto("/hiring/candidates");
  await expect(page.getByRole("heading", { name: "Candidates" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/hiring/candidates/new");
  await expect(page.getByRole("heading", { name: "New candidate" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/hiring/candidates");
  await page.getByRole("link", { name: "Import CSV" }).click();
  await expect(page.getByRole("heading", { name: "Import candidates" })).toBeVisible();
  await page.getByLabel("Add everyone to the pipeline of").selectOption({ label: position });

  const rows = Array.from({ length: 20 }, (_, i) => row(i + 1));
  const bad = [...rows];
  bad[3] = `Cand ${run} 4,not-an-email,,2,,,,,`; // row 5
  bad[9] = `Cand ${run} 10,cand.${run}.10@example.com,,75,"en:Q7",,,,`; // row 11
  await page.getByLabel("Or paste the CSV").fill([header, ...bad].join("\n"));
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("20 rows: 18 new, 0 duplicates, 2 with errors.")).toBeVisible();
  await expect(page.locator('tr[data-row="5"]')).toContainText("Enter a valid email address");
  await expect(page.locator('tr[data-row="11"]')).toContainText("Enter 0 to 60 years.");
  await expect(page.locator('tr[data-row="11"]')).toContainText("Write languages as code:level");
  await expect(page.getByRole("button", { name: /^Import \d+ candidates?$/ })).toBeDisabled();
  await expectAccessible(page);

  // Nothing was imported while rows were bad.
  await page.goto(`/hiring/candidates?q=${encodeURIComponent(`cand.${run}`)}`);
  await expect(page.getByText("Nothing matches your search")).toBeVisible();

  await page.goto("/hiring/candidates/import");
  await page.getByLabel("Add everyone to the pipeline of").selectOption({ label: position });
  await page.getByLabel("Or paste the CSV").fill([header, ...rows].join("\n"));
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("20 rows: 20 new, 0 duplicates, 0 with errors.")).toBeVisible();
  await page.getByRole("button", { name: "Import 20 candidates" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("all added to the pipeline of Digital advisor");
  await dialog.getByRole("button", { name: "Import 20 candidates" }).click();
  await expect(
    page.getByText(
      "Imported: 20 new, 0 updated by merging, 0 already up to date, 0 skipped; 20 added to the pipeline.",
    ),
  ).toBeVisible();

  await page.goto(`/hiring/candidates?q=${encodeURIComponent(`cand.${run}.7@`)}`);
  const link = page.getByRole("link", { name: `Cand ${run} 7` });
  await expect(link).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`Cand ${run} 7`) })).toContainText("Digital advisor");
  await link.click();
  await expect(page.getByRole("heading", { name: `Cand ${run} 7` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Erase personal data…" })).toHaveAttribute(
    "href",
    /\/admin\/privacy\?candidate=/,
  );

  // A text file named .pdf is refused by content; a real PDF is accepted.
  await page
    .getByLabel("Upload a CV")
    .setInputFiles({ name: "fake.pdf", mimeType: "application/pdf", buffer: Buffer.from("just text") });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByText("The CV must be a PDF or a Word (.docx) document.")).toBeVisible();
  await page
    .getByLabel("Upload a CV")
    .setInputFiles({ name: "cv-cand-7.pdf", mimeType: "application/pdf", buffer: Buffer.from(minimalPdf) });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByText("CV uploaded.", { exact: true })).toBeVisible();
  await expect(page.getByText("cv-cand-7.pdf")).toBeVisible();
  await expectAccessible(page);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("cv-cand-7.pdf");
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString("latin1")).toBe(minimalPdf);
});

test("HR creates a candidate with the form; a duplicate email points to the existing one; staff cannot fetch CVs", async ({
  page,
  browser,
}) => {
  await startSession(page, accounts.hr);
  await page.goto("/hiring/candidates/new");
  await page.getByRole("button", { name: "Create candidate" }).click();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");

  const email = `form.${run}@example.com`;
  await page.getByLabel("Name").fill(`Form ${run}`);
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Years of customer-facing experience").fill("5");
  await page.getByRole("button", { name: "Add a language" }).click();
  await page.getByLabel("Language code").fill("es");
  await page.getByLabel("Level (CEFR)").selectOption("C1");
  await page.getByRole("button", { name: "Add a segment" }).click();
  await page.getByLabel("Segment", { exact: true }).selectOption({ label: "Young adults" });
  await page.getByLabel("Level", { exact: true }).selectOption({ label: "3 · Specialist" });
  await page.getByRole("button", { name: "Add a certification" }).click();
  await page.getByLabel("Certification", { exact: true }).fill("First aid");
  await page.getByLabel("Add to the pipeline of").selectOption({ label: position });
  await page.getByRole("button", { name: "Create candidate" }).click();
  await expect(page.getByRole("heading", { name: `Form ${run}` })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  // The language by its name, not its code (issue 16 class 2).
  await expect(page.getByText("Spanish C1")).toBeVisible();
  await expect(page.getByText("Young adults: 3 · Specialist")).toBeVisible();
  await expect(page.getByRole("link", { name: "Digital advisor", exact: true })).toHaveAttribute(
    "href",
    /\/hiring\/positions\//,
  );
  const candidateUrl = page.url();

  await page.goto("/hiring/candidates/new");
  await page.getByLabel("Name").fill("Someone else");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create candidate" }).click();
  await expect(page.getByText(`A candidate with this email already exists: Form ${run}.`)).toBeVisible();
  await page.getByRole("link", { name: "Open the existing candidate" }).click();
  await expect(page).toHaveURL(candidateUrl.replace(/\?.*$/, ""));

  const staff = await browser.newPage();
  await signIn(staff, accounts.staff);
  const id = new URL(candidateUrl).pathname.split("/").pop();
  const res = await staff.request.get(`/api/candidates/${id}/cv`);
  expect(res.status()).toBe(404);
  expect(
    (
      await staff.request.post(`/api/candidates/${id}/cv`, {
        multipart: { file: { name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from(minimalPdf) } },
      })
    ).status(),
  ).toBe(403);
  await staff.close();
});
