import type { Locator, Page } from "@playwright/test";
import type { Fixtures, Role } from "./targets";

/**
 * A page the benchmark opens: who opens it, where, and what on it is its main content. `ready` returns locators
 * that must all be visible for the page to count as shown: the page's main heading AND its first row or card
 * of data (not just the shell, which the server sends before any data). `content` says in words what they are.
 */
export type PageTarget = {
  name: string;
  role: Role | null;
  path: string;
  content: string;
  ready: (page: Page) => Locator[];
  /** Data the page must hold although a collapsed part hides it: waited for in the DOM, not on screen. */
  loaded?: (page: Page) => Locator[];
};

const h1 = (page: Page, name?: string | RegExp) =>
  page.getByRole("main").getByRole("heading", { level: 1, ...(name === undefined ? {} : { name }) });
const firstBodyRow = (page: Page, scope = "main") => page.locator(`${scope} tbody tr`).first();

/** `/login` for an anonymous visitor: a trivial page (no data), the run's baseline for comparing machines. */
export const baselinePage: PageTarget = {
  name: "/login (baseline)",
  role: null,
  path: "/login",
  content: 'h1 "Sign in" + the email field',
  ready: (page) => [h1(page), page.getByLabel("Email")],
};

/** Each role's main pages at the scale seed (issue 13, item 2). English: the browser context's locale. */
export function pageTargets(f: Fixtures): PageTarget[] {
  const position = `/hiring/positions/${f.hiringPositionId}`;
  const homeWithCounts: PageTarget["ready"] = (page) => [
    h1(page, /^Welcome, /),
    page.locator("main dl dd").first(),
  ];
  return [
    {
      name: "home (admin)",
      role: "ADMIN",
      path: "/",
      content: 'h1 "Welcome, …" + the first company count (`main dl dd`)',
      ready: homeWithCounts,
    },
    {
      name: "/admin/staff (admin)",
      role: "ADMIN",
      path: "/admin/staff",
      content: 'h1 "Staff" + the first row of the staff table',
      ready: (page) => [h1(page, "Staff"), firstBodyRow(page)],
    },
    {
      name: "/coverage (admin, whole company)",
      role: "ADMIN",
      path: "/coverage",
      content: 'h1 "Coverage" + the first row of the segments\' table under "Coverage per segment"',
      ready: (page) => [
        h1(page, "Coverage"),
        firstBodyRow(page, 'main section[aria-labelledby="coverage-segments-title"]'),
      ],
    },
    {
      name: "/staffing (admin)",
      role: "ADMIN",
      path: "/staffing",
      content:
        'h1 "Staffing" + the enabled "Run proposal" button + the first department in the collapsed what-if ' +
        'editor\'s "Capacity of" list (in the DOM; no other data before a run)',
      ready: (page) => [
        h1(page, "Staffing"),
        page.getByRole("button", { name: "Run proposal" }).and(page.locator(":enabled")),
      ],
      loaded: (page) => [page.getByLabel("Capacity of").locator("option").nth(1)],
    },
    {
      name: "home (HR)",
      role: "HR",
      path: "/",
      content: 'h1 "Welcome, …" + the first company count (`main dl dd`)',
      ready: homeWithCounts,
    },
    {
      name: "/hiring (HR)",
      role: "HR",
      path: "/hiring",
      content: 'h1 "Hiring" + the first row of the positions table',
      ready: (page) => [h1(page, "Hiring"), firstBodyRow(page)],
    },
    {
      name: `position board (HR, ${f.candidates} candidates)`,
      role: "HR",
      path: position,
      content: 'h1 (the position\'s title) + the first candidate card of the "Pipeline board" region',
      ready: (page) => [h1(page), page.getByRole("region", { name: "Pipeline board" }).locator("li").first()],
    },
    {
      name: `position ranking (HR, ${f.candidates} candidates)`,
      role: "HR",
      path: `${position}?view=table`,
      content: 'h1 (the position\'s title) + the first row of the table "Ranking of the candidates"',
      ready: (page) => [
        h1(page),
        page.getByRole("table", { name: "Ranking of the candidates" }).locator("tbody tr").first(),
      ],
    },
    {
      name: `home (head, ${f.departmentPeople} people)`,
      role: "HEAD",
      path: "/",
      content: 'h1 "Welcome, …" + the first department of "Your departments"',
      ready: (page) => [
        h1(page, /^Welcome, /),
        page.locator('main li a[href^="/admin/departments/"]').first(),
      ],
    },
    {
      name: `/readiness (head, ${f.departmentPeople} people)`,
      role: "HEAD",
      path: "/readiness",
      content: 'h1 "Readiness" + the first person\'s row of the readiness matrix',
      ready: (page) => [h1(page, "Readiness"), firstBodyRow(page)],
    },
    {
      name: "/coverage (head)",
      role: "HEAD",
      path: "/coverage",
      content: 'h1 "Coverage" + the first row of the segments\' table under "Coverage per segment"',
      ready: (page) => [
        h1(page, "Coverage"),
        firstBodyRow(page, 'main section[aria-labelledby="coverage-segments-title"]'),
      ],
    },
    {
      name: "home (staff)",
      role: "STAFF",
      path: "/",
      content: 'h1 "Welcome, …" + the line "Status: …" of the learner\'s record',
      ready: (page) => [h1(page, /^Welcome, /), page.getByRole("main").getByText(/^Status: /)],
    },
    {
      name: "/learning (staff)",
      role: "STAFF",
      path: "/learning",
      content: 'h1 "My onboarding" + the first course card of the list "My onboarding"',
      ready: (page) => [
        h1(page, "My onboarding"),
        page.getByRole("list", { name: "My onboarding" }).getByRole("listitem").first(),
      ],
    },
    {
      name: "course player (staff)",
      role: "STAFF",
      path: `/learning/${f.enrolmentId}`,
      content: "h1 (the course's title) + the current item's heading (`#item-title`)",
      ready: (page) => [h1(page), page.locator("#item-title")],
    },
    {
      name: "/notifications (staff)",
      role: "STAFF",
      path: "/notifications",
      // The scale seed gives its learners no notifications: then the answer is the empty state "Nothing new".
      content: 'h1 "Notifications" + the first notification of the list, or the empty state "Nothing new"',
      ready: (page) => [
        h1(page, "Notifications"),
        page
          .locator("main ul > li")
          .first()
          .or(page.getByRole("main").getByText("Nothing new", { exact: true })),
      ],
    },
  ];
}

/** The staffing proposal at the whole organization: from the click on "Run proposal" to the result's summary. */
export const proposal = {
  name: "staffing proposal (admin, click to result)",
  role: "ADMIN" as const,
  path: "/staffing",
  content: 'click "Run proposal" -> h2 "Proposal" + the card "Total fit now"',
  button: (page: Page) => page.getByRole("button", { name: "Run proposal" }),
  ready: (page: Page) => [
    page.getByRole("heading", { level: 2, name: "Proposal", exact: true }),
    page.getByText("Total fit now"),
  ],
};
