import { expect, test } from "../../fixtures/test";
import { accounts, signOut, startSession } from "../../fixtures/accounts";
import { expectAccessible } from "../../fixtures/axe";
import { seedPipelineJourney } from "./pipeline-data";

test.describe.configure({ mode: "serial" });

test("HR moves candidates by keyboard drag and by menu, rejects one with a reason, compares two; the head sees it read-only", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { title, names } = await seedPipelineJourney();
  const [alva, bruno, cora, dan] = names as [string, string, string, string];

  await startSession(page, accounts.hr);
  await page.goto("/hiring?q=" + encodeURIComponent(title));
  await page.getByRole("link", { name: `Open pipeline of ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const column = (stage: string) => page.getByTestId(`column-${stage}`);
  await expect(column("APPLIED")).toContainText(alva);
  await expectAccessible(page);

  // Keyboard drag (dnd-kit keyboard sensor): Space picks up, ArrowRight goes one column right, Space drops.
  const handle = page.getByRole("button", { name: `Drag ${alva}` });
  await handle.focus();
  await page.keyboard.press("Space");
  await expect(handle).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("ArrowRight");
  // dnd-kit's live region announces where the card is (the messages come from pipeline.json).
  await expect(page.getByText(`${alva} is over Screening.`)).toBeAttached();
  await page.keyboard.press("Space");
  await expect(column("SCREENING")).toContainText(alva);
  await expect(column("APPLIED")).not.toContainText(alva);

  // The "Move to…" menu.
  await page.getByRole("button", { name: `Move to… (${bruno})` }).click();
  await page.getByRole("button", { name: "Interview", exact: true }).click();
  await expect(column("INTERVIEW")).toContainText(bruno);

  // Rejecting asks for a reason first.
  await page.getByRole("button", { name: `Move to… (${cora})` }).click();
  await page.getByRole("button", { name: "Rejected", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Reject ${cora}` });
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(dialog.getByText("Give a reason for the rejection.")).toBeVisible();
  await expectAccessible(page);
  await dialog.getByLabel("Reason").fill("No customer-facing experience");
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(dialog).toBeHidden();
  await expect(column("REJECTED")).toContainText(cora);

  // Ranking: Alva (eligible, best fit) first; select two and compare them.
  await page.getByRole("link", { name: "Ranking" }).click();
  const table = page.getByRole("table", { name: "Ranking of the candidates" });
  await expect(table.getByRole("row").nth(1)).toContainText(alva);
  await table.getByRole("checkbox", { name: `Select ${alva}` }).check();
  await table.getByRole("checkbox", { name: `Select ${bruno}` }).check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Compare selected" }).click();
  const comparison = page.getByRole("table", { name: "Comparison" });
  await expect(comparison.getByRole("columnheader", { name: alva })).toBeVisible();
  await expect(comparison.getByRole("columnheader", { name: bruno })).toBeVisible();
  await expect(comparison.getByRole("row", { name: /Language English: B2/ })).toContainText("Missing");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Statistics" }).click();
  await expect(page.getByText("No customer-facing experience")).toBeVisible();
  await expectAccessible(page);

  // The department's head gets a read-only board with candidates from the interview stage on.
  const pipelineUrl = page.url().split("?")[0]!;
  await signOut(page);
  await startSession(page, accounts.headPrivate);
  await page.goto(pipelineUrl);
  await expect(page.getByText("Read-only view")).toBeVisible();
  await expect(column("INTERVIEW")).toContainText(bruno);
  for (const hidden of [alva, cora, dan]) await expect(page.getByText(hidden)).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Move to…/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Drag / })).toHaveCount(0);
  await expectAccessible(page);
});
