/**
 * `npm run bench:pages -- [--staff 10000] [--runs 5] [--pages <regex>] [--check] [--fresh-seed] [--no-build]
 *   [--json <file>]`
 *
 * The page benchmark of issue 13: the same scale seed, production server and sign-ins as the load benchmark
 * (harness.ts), then a real browser (Playwright's chromium library, the e2e run's browser choice) opens each
 * role's main pages one at a time. Per page: one warm-up visit, then `runs` timed visits, each from navigation
 * start to the page's main content being visible (pages.ts: the main heading AND the first row or card of data).
 * Then the staffing proposal: from the click on "Run proposal" to its result (the first run warms up). The
 * trivial `/login` page is measured first and last in the same run as the baseline, so runs on noisy machines
 * compare by ratio. Prints median/min/max per page and PASS/FAIL against 1 s; exits 1 on a FAIL only with
 * `--check`.
 */
import { loadavg } from "node:os";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "@portal/e2e/browser";
import { benchEnv } from "./env";
import { benchDatabaseUrl, prepareBench, repoRoot, roles, signInEveryRole } from "./harness";
import { baselinePage, pageTargets, proposal, type PageTarget } from "./pages";
import { startServer, type Server } from "./server";
import type { SessionCookie } from "./sign-in";
import type { Role } from "./targets";

/** Issue 13: each main page shows its main content, and a proposal its result, within 1 s (median). */
const TARGET_MS = 1000;
/** A hang guard, not a target: a visit that shows nothing in this time is an error. */
const VISIT_TIMEOUT_MS = 60_000;

const { values } = parseArgs({
  options: {
    staff: { type: "string", default: "10000" },
    runs: { type: "string", default: "5" },
    pages: { type: "string" },
    check: { type: "boolean", default: false },
    "fresh-seed": { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    json: { type: "string" },
  },
});
const staff = Number(values.staff);
const runs = Number(values.runs);
const filter = values.pages ? new RegExp(values.pages) : null;

const databaseUrl = benchDatabaseUrl(staff, values["fresh-seed"]);
const fixtures = await prepareBench({ databaseUrl, staff, noBuild: values["no-build"] });

type Row = {
  name: string;
  content: string;
  baseline: boolean;
  times: number[];
  /** Per visit: when the page's HTML had arrived (the navigation's responseEnd); the rest is the browser's and the client's fetches. */
  htmlTimes: number[];
  error: string | null;
};
const rows: Row[] = [];
const loadBefore = loadavg();
const server = await startServer({ repoRoot, port: benchEnv.webPort(), databaseUrl });
let browser: Browser | null = null;
try {
  const sessions = await signInEveryRole(server.base, fixtures);
  browser = await chromium.launch(chromiumLaunchOptions());
  const contexts = new Map<Role | null, BrowserContext>();
  contexts.set(null, await newContext(browser, server, []));
  for (const role of roles) contexts.set(role, await newContext(browser, server, sessions[role]));
  console.log(
    `[bench] server up on ${server.base}, browser ${browser.version()}; signed in as ` +
      Object.values(fixtures.emails).join(", "),
  );

  const measure = async (
    row: Omit<Row, "times" | "htmlTimes" | "error">,
    context: BrowserContext,
    visit: Visit,
  ) => {
    const page = await context.newPage();
    const times: number[] = [];
    const htmlTimes: number[] = [];
    let error: string | null = null;
    try {
      // The first visit warms up (server code paths, the browser's cache of scripts): not counted.
      for (let i = 0; i <= runs; i++) {
        const { ms, htmlMs } = await visit(page);
        if (i > 0) times.push(ms);
        if (i > 0 && htmlMs !== null) htmlTimes.push(htmlMs);
      }
    } catch (e) {
      error = e instanceof Error ? e.message.split("\n")[0]! : String(e);
    } finally {
      await page.close();
    }
    rows.push({ ...row, times, htmlTimes, error });
    console.log(
      `[bench] ${row.name}: ${error ? `ERROR ${error}` : times.map((t) => Math.round(t)).join(", ") + " ms"}`,
    );
  };
  const measurePage = (target: PageTarget) =>
    measure(
      { name: target.name, content: target.content, baseline: target.role === null },
      contexts.get(target.role)!,
      (page) => timeNavigation(page, `${server.base}${target.path}`, target),
    );

  await measurePage(baselinePage);
  for (const target of pageTargets(fixtures))
    if (!filter || filter.test(target.name)) await measurePage(target);
  if (!filter || filter.test(proposal.name))
    await measure(
      { name: proposal.name, content: proposal.content, baseline: false },
      contexts.get(proposal.role)!,
      (page) => timeProposal(page, `${server.base}${proposal.path}`),
    );
  await measurePage(baselinePage);
} finally {
  await browser?.close();
  await server.stop();
}
const loadAfter = loadavg();

const report = rows.map((r) => {
  const stats = r.times.length ? summarize(r.times) : null;
  const htmlMedian = r.htmlTimes.length ? summarize(r.htmlTimes).median : undefined;
  return {
    ...r,
    ...stats,
    htmlMedian,
    pass: r.baseline ? null : stats !== null && !r.error && stats.median <= TARGET_MS,
  };
});
const baselineMedians = report.filter((r) => r.baseline && r.median !== undefined).map((r) => r.median!);
const baselineMs = baselineMedians.reduce((a, b) => a + b, 0) / Math.max(1, baselineMedians.length);
const fmt = (ms: number | undefined) => (ms === undefined ? "" : String(Math.round(ms)));
const lines = [
  "| page | median ms | min ms | max ms | HTML in, median ms | x baseline | result |",
  "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
  ...report.map(
    (r) =>
      `| ${r.name} | ${fmt(r.median)} | ${fmt(r.min)} | ${fmt(r.max)} | ${fmt(r.htmlMedian)} | ` +
      `${r.median !== undefined && baselineMs > 0 ? (r.median / baselineMs).toFixed(1) : ""} | ` +
      `${r.error ? `ERROR (${r.error})` : r.pass === null ? "" : r.pass ? "PASS" : `FAIL (median > ${TARGET_MS} ms)`} |`,
  ),
];
const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(" ");
console.log(
  `\nPages at the scale seed --staff ${staff} (${fixtures.departmentPeople}-person department, ` +
    `${fixtures.candidates} candidates), warm, median of ${runs} after one warm-up, Node ${process.version}; ` +
    `load average ${load(loadBefore)} before, ${load(loadAfter)} after; baseline (/login) median ` +
    `${Math.round(baselineMs)} ms (mean of first and last)\n`,
);
console.log("Main content (visible) per page:");
for (const r of report.filter((r, i) => report.findIndex((o) => o.name === r.name) === i))
  console.log(`- ${r.name}: ${r.content}`);
console.log(`\n${lines.join("\n")}`);
const failed = report.filter((r) => r.pass === false);
console.log(
  failed.length
    ? `\n${failed.length} target(s) FAIL: ${failed.map((r) => r.name).join("; ")}`
    : "\nEvery target PASS",
);
if (values.json)
  writeFileSync(
    values.json,
    JSON.stringify({ staff, runs, loadBefore, loadAfter, baselineMs, rows: report }, null, 2),
  );
if (failed.length && values.check) process.exitCode = 1;

type Visit = (page: Page) => Promise<{ ms: number; htmlMs: number | null }>;

/** A context of its own per role (its session cookies), in English, at a desktop size. */
async function newContext(browser: Browser, server: Server, session: SessionCookie[]) {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 800 } });
  if (session.length) await context.addCookies(session.map((c) => ({ ...c, url: server.base })));
  return context;
}

/** Milliseconds from the start of a navigation to every `ready` locator being visible (and `loaded` in the DOM). */
async function timeNavigation(page: Page, url: string, target: PageTarget) {
  const started = performance.now();
  // "commit": the old document is gone once the new one's response arrives; the locators wait for the rest.
  await page.goto(url, { waitUntil: "commit", timeout: VISIT_TIMEOUT_MS });
  await Promise.all([
    ...target.ready(page).map((l) => l.waitFor({ state: "visible", timeout: VISIT_TIMEOUT_MS })),
    ...(target.loaded?.(page) ?? []).map((l) => l.waitFor({ state: "attached", timeout: VISIT_TIMEOUT_MS })),
  ]);
  const ms = performance.now() - started;
  const htmlMs = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
    return navigation ? navigation.responseEnd : null;
  });
  return { ms, htmlMs };
}

/** Opens /staffing afresh (no earlier result on screen), then times the click on "Run proposal" to its result. */
async function timeProposal(page: Page, url: string) {
  // Network idle: hydrated, so the click reaches React (a click on the server's HTML alone would do nothing).
  await page.goto(url, { waitUntil: "networkidle", timeout: VISIT_TIMEOUT_MS });
  const button = proposal.button(page).and(page.locator(":enabled"));
  await button.waitFor({ state: "visible", timeout: VISIT_TIMEOUT_MS });
  const started = performance.now();
  await button.click();
  await Promise.all(
    proposal.ready(page).map((l) => l.waitFor({ state: "visible", timeout: VISIT_TIMEOUT_MS })),
  );
  return { ms: performance.now() - started, htmlMs: null };
}

function summarize(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}
