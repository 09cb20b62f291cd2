/**
 * `npm run seed:scale -- --staff 10000 --segments 50 --departments 200`
 * `npm run seed:scale -- --hiring-only --candidates 10000`: only one position with a 15-requirement profile
 * and N candidates with applications (the ranking benchmark); `--hiring` adds it to the organization.
 * `--readiness`: profiles, courses, enrolments, assessments and sign-offs for the organization, plus a benchmark
 * department of `--department-size` people (the readiness and coverage benchmarks).
 */
import { parseArgs } from "node:util";
import { createPrismaClient } from "../client";
import { seedScale } from "./scale";
import { seedHiringScale } from "./scale-hiring";
import { seedReadinessScale } from "./scale-readiness";

// A maintenance command: the request timeouts (DATABASE_STATEMENT_TIMEOUT_MS, ...) must not cut it (pool.ts).
const prisma = createPrismaClient(undefined, "maintenance");

const { values } = parseArgs({
  options: {
    staff: { type: "string", default: "10000" },
    segments: { type: "string", default: "50" },
    departments: { type: "string", default: "200" },
    hiring: { type: "boolean", default: false },
    "hiring-only": { type: "boolean", default: false },
    candidates: { type: "string", default: "10000" },
    readiness: { type: "boolean", default: false },
    "department-size": { type: "string", default: "500" },
  },
});

async function main() {
  const started = Date.now();
  if (!values["hiring-only"]) {
    const counts = await seedScale(prisma, {
      staff: Number(values.staff),
      segments: Number(values.segments),
      departments: Number(values.departments),
    });
    console.log(`[seed:scale] ${JSON.stringify(counts)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  if (values.hiring || values["hiring-only"]) {
    const hiringStarted = Date.now();
    const counts = await seedHiringScale(prisma, { candidates: Number(values.candidates) });
    console.log(
      `[seed:scale] hiring ${JSON.stringify(counts)} in ${((Date.now() - hiringStarted) / 1000).toFixed(1)} s`,
    );
  }
  if (values.readiness) {
    const readinessStarted = Date.now();
    const counts = await seedReadinessScale(prisma, {
      departmentSize: Number(values["department-size"]),
      signOffShare: 0.5,
    });
    console.log(
      `[seed:scale] readiness ${JSON.stringify(counts)} in ${((Date.now() - readinessStarted) / 1000).toFixed(1)} s`,
    );
  }
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
