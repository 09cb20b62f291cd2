import { expect, test } from "../../fixtures/test";
import { accounts, signIn } from "../../fixtures/accounts";

/** A 1 x 1 PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/**
 * The company's name and logo: an admin sets them and the header shows them (the header is the same server layout
 * for every role; the sign-in page and /verify use the same mark). A few seconds: one sign-in, three saves; the demo name is put back at the end.
 */
test("an admin names the company and sets its logo; the header, sign-in page and certificate check show them; removing the logo asks first", async ({
  page,
  browser,
}) => {
  const name = `Nordvik Bank ${Date.now().toString(36)}`;
  await signIn(page, accounts.admin);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Company settings" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Company settings" })).toBeVisible();
  const logo = page.getByLabel("Logo", { exact: true });
  await logo.setInputFiles({ name: "logo.png", mimeType: "text/plain", buffer: Buffer.from("not an image") });
  await expect(page.getByText("Choose a PNG or JPEG image.")).toBeVisible();
  await logo.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByTestId("logo-preview")).toBeVisible();
  await expect(page.getByText("Choose a PNG or JPEG image.")).toHaveCount(0);
  await page.getByLabel("Company name").fill(name);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Company settings saved.")).toBeVisible();
  const brand = page.getByTestId("company-brand");
  await expect(brand).toContainText(name);
  await expect(brand.locator("img")).toBeVisible();
  // Before anyone signs in: the sign-in page and the public certificate check carry the same mark.
  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  for (const path of ["/login", "/verify"]) {
    await anonymous.goto(path);
    const mark = anonymous.getByTestId("company-brand");
    await expect(mark, path).toContainText(name);
    await expect(mark.locator("img"), path).toBeVisible();
  }
  await visitor.close();

  await page.getByRole("button", { name: "Remove logo" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove logo" }).click();
  await expect(page.getByText("The logo was removed.")).toBeVisible();
  await expect(brand.locator("img")).toHaveCount(0);
  await expect(
    page.getByText("No logo: the header and certificates show the company name only."),
  ).toBeVisible();

  await page.getByLabel("Company name").fill("Nordvik Bank");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(brand).toContainText("Nordvik Bank");
  await expect(brand).not.toContainText(name);
});
