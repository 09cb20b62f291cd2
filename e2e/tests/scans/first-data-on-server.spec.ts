import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { createPrismaClient } from "@portal/db";
import { accounts, startSession } from "../../fixtures/accounts";

/**
 * Issue 13, item 2: a main page shows its first data within a second at load only if that data comes with the
 * page's HTML; asking for it from the browser after the scripts have loaded costs a second round trip and the
 * hydration before it. Each page below is opened with JavaScript turned off, signed in: what is visible then was
 * rendered by the server. A page that goes back to fetching its main data from the browser fails here.
 */
type FirstData = {
  /** The page's address, or how to find it in the demo seed when it holds a generated id. */
  path: string | (() => Promise<string>);
  /** The test's name for a path found in the seed. */
  name?: string;
  who: keyof typeof accounts;
  /** The page's first data (a row, a card, a figure), not the shell the server renders before any data. */
  data: (page: Page) => Locator;
  /** In the page but never "visible" to Playwright (an <option> of a closed <select>): then checked as attached. */
  inClosedControl?: true;
};

const main = (page: Page) => page.getByRole("main");
const firstBodyRow = (scope: Locator) => scope.locator("tbody tr").first();

/** The position of the demo seed's showcase interview (packages/db/src/seed/demo-hiring.ts): it has candidates. */
async function demoPositionWithCandidates() {
  const db = createPrismaClient();
  try {
    const { positionId } = await db.application.findUniqueOrThrow({
      where: { id: "demo-application-interview" },
      select: { positionId: true },
    });
    return `/hiring/positions/${positionId}`;
  } finally {
    await db.$disconnect();
  }
}

const pages: FirstData[] = [
  { path: "/", who: "admin", data: (page) => main(page).locator("dl dd").first() },
  { path: "/", who: "hr", data: (page) => main(page).locator("dl dd").first() },
  {
    path: "/",
    who: "headPrivate",
    data: (page) => main(page).getByRole("link", { name: "Private Banking Service" }).first(),
  },
  { path: "/", who: "staff", data: (page) => main(page).getByText(/^Status: /) },
  { path: "/admin/staff", who: "admin", data: (page) => main(page).locator("tbody tr").first() },
  { path: "/admin/staff", who: "headPrivate", data: (page) => main(page).locator("tbody tr").first() },
  // The list's search, sort and page come from the URL: the server reads the same page of the list as the browser.
  {
    path: "/admin/staff?q=Sam+Staff&sort=status&dir=desc",
    who: "hr",
    data: (page) => main(page).getByRole("link", { name: "Sam Staff", exact: true }),
  },
  { path: "/hiring", who: "hr", data: (page) => main(page).locator("tbody tr").first() },
  {
    path: "/learning",
    who: "staff",
    data: (page) => main(page).getByRole("list", { name: "My onboarding" }).getByRole("listitem").first(),
  },
  { path: "/notifications", who: "staff", data: (page) => main(page).locator("ul > li").first() },
  // No proposal before "Run proposal": the first data is the what-if editor's departments (in its closed <details>).
  {
    path: "/staffing",
    who: "admin",
    inClosedControl: true,
    data: (page) => main(page).getByLabel("Capacity of").locator("option").nth(1),
  },
  {
    path: "/learning/progress",
    who: "hr",
    data: (page) => main(page).getByRole("table", { name: "Enrolments" }).locator("tbody tr").first(),
  },
  {
    path: "/learning/progress",
    who: "headPrivate",
    data: (page) => main(page).getByRole("table", { name: "Enrolments" }).locator("tbody tr").first(),
  },
  // Readiness: the first person's row of the matrix of the department picked without one in the address.
  { path: "/readiness", who: "headPrivate", data: (page) => firstBodyRow(main(page).getByRole("table")) },
  { path: "/readiness", who: "hr", data: (page) => firstBodyRow(main(page).getByRole("table")) },
  {
    path: "/coverage",
    who: "admin",
    data: (page) => firstBodyRow(main(page).locator('section[aria-labelledby="coverage-segments-title"]')),
  },
  {
    path: "/coverage",
    who: "headPrivate",
    data: (page) => firstBodyRow(main(page).locator('section[aria-labelledby="coverage-segments-title"]')),
  },
  {
    name: "position ranking (?view=table)",
    path: async () => `${await demoPositionWithCandidates()}?view=table`,
    who: "hr",
    data: (page) => firstBodyRow(main(page).getByRole("table", { name: "Ranking of the candidates" })),
  },
  { path: "/readiness/me", who: "staff", data: (page) => main(page).getByTestId("readiness-status") },
  { path: "/me", who: "staff", data: (page) => main(page).locator("dl dd").first() },
];

/**
 * A context without scripts holding `who`'s session, signed in through the credentials endpoint in a context of its
 * own (no page is loaded there: hydrating the home page for each of these tests was CPU the test did not need).
 */
async function sessionWithoutScripts(browser: Browser, who: keyof typeof accounts) {
  const signedIn = await browser.newContext();
  try {
    await startSession(await signedIn.newPage(), accounts[who]);
    return await browser.newContext({
      javaScriptEnabled: false,
      storageState: await signedIn.storageState(),
    });
  } finally {
    await signedIn.close();
  }
}

for (const { path, name, who, data, inClosedControl } of pages) {
  test(`${name ?? String(path)} for ${who} comes with its first data in the server's HTML`, async ({
    browser,
  }) => {
    const address = typeof path === "string" ? path : await path();
    // A journey in the other worker that signs this account out ends this session too: sign in again then.
    for (let attempt = 1; ; attempt++) {
      const context = await sessionWithoutScripts(browser, who);
      try {
        const page = await context.newPage();
        const response = await page.goto(address);
        expect(response?.status()).toBe(200);
        if (new URL(page.url()).pathname === "/login" && attempt < 3) continue;
        expect(new URL(page.url()).pathname).toBe(new URL(address, page.url()).pathname);
        await expect(main(page).getByRole("heading", { level: 1 })).toBeVisible();
        if (inClosedControl) await expect(data(page)).toBeAttached();
        else await expect(data(page)).toBeVisible();
        await expect(main(page).getByText("Loading…")).toHaveCount(0);
        return;
      } finally {
        await context.close();
      }
    }
  });
}
