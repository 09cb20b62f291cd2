import { execSync } from "node:child_process";
import pg from "pg";
import { benchEnv } from "./env";

export type SeedSize = {
  staff: number;
  segments: number;
  departments: number;
  candidates: number;
  departmentSize: number;
};

/**
 * The scale seed's shape for a number of staff: 10,000 gives the organization (50 segments, 200
 * departments of 50, 10,000 candidates for one position, a 500-person readiness department); smaller numbers
 * give the same shape scaled down (for smoke runs).
 */
export function seedSize(staff: number): SeedSize {
  const departments = Math.min(200, Math.max(8, Math.round(staff / 50)));
  return {
    staff,
    departments,
    segments: Math.min(50, departments),
    candidates: staff,
    departmentSize: Math.max(20, Math.min(500, Math.round(staff / 20 / 2) * 2)),
  };
}

/** Generates the Prisma client, applies migrations, then loads the demo company and the scale seed unless the database already holds them. */
export async function ensureSeed(databaseUrl: string, size: SeedSize, repoRoot: string) {
  const sh = (command: string) =>
    execSync(command, {
      cwd: repoRoot,
      stdio: "inherit",
      env: { ...benchEnv.inherited(), DATABASE_URL: databaseUrl },
    });
  // The seeds import the generated Prisma client, which a fresh clone does not have yet (turbo caches it).
  sh("npx turbo run db:generate --filter=@portal/db --output-logs=errors-only");
  sh("npm run db:deploy --silent");
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]!.n);
    const users = await count(`SELECT count(*) AS n FROM "User"`);
    const benchHeads = await count(
      `SELECT count(*) AS n FROM "User" WHERE email = 'bench.head@scale.example'`,
    );
    const scaleStaff = await count(`SELECT count(*) AS n FROM "User" WHERE email LIKE 'scale.staff.%'`);
    if (users > 0 && benchHeads === 1 && scaleStaff === size.staff) {
      console.log(`[bench] reusing the scale seed (${scaleStaff} scale staff)`);
      return;
    }
    if (users > 0)
      throw new Error(
        `the database holds other data (${users} users, ${scaleStaff} scale staff): pass --fresh-seed to rebuild it`,
      );
  } finally {
    await db.end();
  }
  const started = Date.now();
  console.log(`[bench] loading the demo company and the scale seed ${JSON.stringify(size)} ...`);
  sh("npm run db:seed --silent");
  sh(
    `npm run seed:scale --silent -w @portal/db -- --staff ${size.staff} --segments ${size.segments} ` +
      `--departments ${size.departments} --hiring --candidates ${size.candidates} --readiness ` +
      `--department-size ${size.departmentSize}`,
  );
  console.log(`[bench] seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Fresh planner statistics, so each run's plans do not depend on when autovacuum last looked. */
export async function analyze(databaseUrl: string) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query("ANALYZE");
  } finally {
    await db.end();
  }
}
