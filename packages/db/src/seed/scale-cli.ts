/** `npm run seed:scale -- --staff 10000 --segments 50 --departments 200` */
import { parseArgs } from "node:util";
import { prisma } from "../client";
import { seedScale } from "./scale";

const { values } = parseArgs({
  options: { staff: { type: "string", default: "10000" }, segments: { type: "string", default: "50" }, departments: { type: "string", default: "200" } },
});

async function main() {
  const started = Date.now();
  const counts = await seedScale(prisma, { staff: Number(values.staff), segments: Number(values.segments), departments: Number(values.departments) });
  console.log(`[seed:scale] ${JSON.stringify(counts)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
