// First-load JavaScript of every App Router page, gzipped, from a production build (`next build` first).
// Usage: node scripts/bench-bundle.mjs [--budget <kB>] [--files] [route ...]
// Routes are discovered from the build (.next/app-path-routes-manifest.json: every "…/page" entry); giving routes
// (URL paths like "/admin/staff" or app paths like "/(portal)/admin/staff/page") measures only those. First load =
// the root main files of build-manifest.json plus every chunk the page's client reference manifest lists for the
// page and its layouts (entryJSFiles); each file is gzipped (level 9) and counted once per route. Chunks loaded
// later (React.lazy, next/dynamic) are not first load. With --budget, exits 1 naming every route above it;
// --files lists each route's files (largest first) to see what is big.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const next = fileURLToPath(new URL("../.next/", import.meta.url));
const args = process.argv.slice(2);
const budgetAt = args.indexOf("--budget");
const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) : null;
if (budgetAt >= 0 && !(budget > 0)) throw new Error("--budget needs a number of kB");
const listFiles = args.includes("--files");
const wanted = args.filter((a, i) => !a.startsWith("--") && (budgetAt < 0 || i !== budgetAt + 1));

if (!existsSync(`${next}build-manifest.json`))
  throw new Error(`no production build in ${next} (run \`npx turbo run build --filter=@portal/web\` first)`);
const build = JSON.parse(readFileSync(`${next}build-manifest.json`, "utf8"));
/** app path ("/(portal)/admin/staff/page") -> URL path ("/admin/staff") of every page the build made. */
const appPaths = JSON.parse(readFileSync(`${next}app-path-routes-manifest.json`, "utf8"));
const pages = Object.entries(appPaths)
  .filter(([appPath]) => appPath.endsWith("/page"))
  .filter(([appPath, url]) => wanted.length === 0 || wanted.includes(appPath) || wanted.includes(url))
  .sort(([, a], [, b]) => a.localeCompare(b));
if (pages.length === 0) throw new Error(`no page route matches ${wanted.join(", ") || "(none built)"}`);
if (wanted.length > pages.length)
  throw new Error(`some of ${wanted.join(", ")} are not page routes of the build`);

const gz = new Map();
const size = (file) => {
  if (!gz.has(file)) {
    const bytes = readFileSync(`${next}${file}`);
    gz.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return gz.get(file);
};
const kB = (n) => (n / 1024).toFixed(1);

const rows = [];
for (const [appPath, url] of pages) {
  const manifestPath = `${next}server/app${appPath}_client-reference-manifest.js`;
  const sandbox = { __RSC_MANIFEST: {} };
  new Function("globalThis", readFileSync(manifestPath, "utf8"))(sandbox);
  const manifest = sandbox.__RSC_MANIFEST[appPath];
  if (!manifest) throw new Error(`${manifestPath} has no entry for ${appPath}`);
  const files = new Set(build.rootMainFiles);
  for (const chunks of Object.values(manifest.entryJSFiles)) for (const f of chunks) files.add(f);
  let raw = 0,
    gzip = 0;
  for (const f of files) {
    raw += size(f).raw;
    gzip += size(f).gzip;
  }
  rows.push({ url, files: [...files], raw, gzip, over: budget !== null && gzip / 1024 > budget });
}

const header = ["route", "files", "raw kB", "gzip kB", ...(budget !== null ? [`<= ${budget} kB`] : [])];
const table = rows.map((r) => [
  r.url,
  String(r.files.length),
  kB(r.raw),
  kB(r.gzip),
  ...(budget !== null ? [r.over ? "OVER" : "ok"] : []),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) =>
  `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
for (const row of table) console.log(line(row));

if (listFiles)
  for (const r of rows) {
    console.log(`\n${r.url}`);
    for (const f of [...r.files].sort((a, b) => size(b).gzip - size(a).gzip))
      console.log(
        `  ${kB(size(f).gzip).padStart(6)} kB  ${f}${build.rootMainFiles.includes(f) ? " (root main)" : ""}`,
      );
  }

const over = rows.filter((r) => r.over);
if (over.length > 0) {
  console.error(
    `\nFirst-load JavaScript above the budget of ${budget} kB gzipped on ${over.length} route(s):\n` +
      over.map((r) => `  ${r.url}: ${kB(r.gzip)} kB`).join("\n"),
  );
  process.exit(1);
}
if (budget !== null) console.log(`\nAll ${rows.length} routes <= ${budget} kB gzipped.`);
