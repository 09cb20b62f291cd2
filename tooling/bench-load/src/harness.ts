/**
 * What the load benchmark (cli.ts) and the page benchmark (pages-cli.ts) share: an embedded PostgreSQL of the
 * bench's own holding the scale seed, the production build, and a session for each role.
 */
import { execSync, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { benchEnv } from "./env";
import { analyze, ensureSeed, seedSize } from "./seed";
import { signIn, type SessionCookie } from "./sign-in";
import { DEMO_PASSWORD, loadFixtures, type Fixtures, type Role } from "./targets";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const roles = ["ADMIN", "HR", "HEAD", "STAFF"] as const satisfies readonly Role[];

/**
 * The database to measure: `DATABASE_URL` when set. Otherwise this script is run again inside an embedded
 * PostgreSQL whose data stays in `.data/pg-bench-<staff>` for the next run at this size (`freshSeed` deletes it
 * first), and this process exits with that run's code.
 */
export function benchDatabaseUrl(staff: number, freshSeed: boolean): string {
  const url = benchEnv.databaseUrl();
  if (url) return url;
  const dataDir = `pg-bench-${staff}`;
  if (freshSeed) rmSync(`${repoRoot}.data/${dataDir}`, { recursive: true, force: true });
  const self = process.argv
    .slice(1)
    .map((a) => JSON.stringify(a))
    .join(" ");
  const run = spawnSync(
    process.execPath,
    [
      `${repoRoot}packages/db/scripts/with-db.mjs`,
      "--persistent",
      `--data-dir=${dataDir}`,
      "--",
      `${JSON.stringify(process.execPath)} ${process.execArgv.map((a) => JSON.stringify(a)).join(" ")} ${self}`,
    ],
    { stdio: "inherit", env: { ...benchEnv.inherited(), PG_PORT: benchEnv.pgPort() } },
  );
  process.exit(run.status ?? 1);
}

/** Seeds (or reuses the seed), refreshes planner statistics, builds the web app unless told not to; returns who signs in and which rows to ask for. */
export async function prepareBench(opts: {
  databaseUrl: string;
  staff: number;
  noBuild: boolean;
}): Promise<Fixtures> {
  await ensureSeed(opts.databaseUrl, seedSize(opts.staff), repoRoot);
  await analyze(opts.databaseUrl);
  if (!opts.noBuild || !existsSync(`${repoRoot}apps/web/.next/BUILD_ID`))
    execSync("npx turbo run build --filter=@portal/web --output-logs=errors-only", {
      cwd: repoRoot,
      stdio: "inherit",
    });
  return loadFixtures(opts.databaseUrl);
}

/** A session for each role (ADMIN, HR, the head of the readiness department, a learner of it). */
export async function signInEveryRole(base: string, fixtures: Fixtures) {
  const sessions = {} as Record<Role, SessionCookie[]>;
  for (const role of roles) sessions[role] = await signIn(base, fixtures.emails[role], DEMO_PASSWORD);
  return sessions;
}
