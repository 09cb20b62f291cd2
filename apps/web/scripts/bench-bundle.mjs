// First-load JavaScript of App Router pages, gzipped, from a production build (`next build` first).
// Usage: node scripts/bench-bundle.mjs [route ...] [--budget <kB>]
// A route is the app directory path, e.g. "/(portal)/learning/[enrolmentId]/page". First load = the root main
// files of build-manifest.json plus every chunk the page's client reference manifest lists for the page and
// its layouts (entryJSFiles); each file is gzipped (level 9) and summed once.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const next = fileURLToPath(new URL("../.next/", import.meta.url));
const args = process.argv.slice(2);
const budgetAt = args.indexOf("--budget");
const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) : null;
const routes = args.filter((a, i) => !a.startsWith("--") && (budgetAt < 0 || i !== budgetAt + 1));
if (routes.length === 0) routes.push("/(portal)/learning/[enrolmentId]/page");

const build = JSON.parse(readFileSync(`${next}build-manifest.json`, "utf8"));
const gz = new Map();
const size = (file) => {
  if (!gz.has(file))
    gz.set(file, {
      raw: readFileSync(`${next}${file}`).length,
      gzip: gzipSync(readFileSync(`${next}${file}`), { level: 9 }).length,
    });
  return gz.get(file);
};

let failed = false;
for (const route of routes) {
  const manifestPath = `${next}server/app${route}_client-reference-manifest.js`;
  const globalThis_ = { __RSC_MANIFEST: {} };
  new Function("globalThis", readFileSync(manifestPath, "utf8"))(globalThis_);
  const manifest = globalThis_.__RSC_MANIFEST[route];
  const files = new Set(build.rootMainFiles);
  for (const chunks of Object.values(manifest.entryJSFiles)) for (const f of chunks) files.add(f);
  let raw = 0,
    gzip = 0;
  for (const f of files) {
    const s = size(f);
    raw += s.raw;
    gzip += s.gzip;
  }
  const kB = (n) => (n / 1024).toFixed(1);
  const over = budget !== null && gzip / 1024 > budget;
  failed ||= over;
  console.log(
    `${route}: ${files.size} files, ${kB(raw)} kB raw, ${kB(gzip)} kB gzipped${budget !== null ? (over ? ` > budget ${budget} kB` : ` <= budget ${budget} kB`) : ""}`,
  );
}
process.exit(failed ? 1 : 0);
