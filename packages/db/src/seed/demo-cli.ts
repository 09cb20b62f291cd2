/** `npm run db:seed`: loads the demo company into an empty database, then prints the demo sign-ins. */
import { createPrismaClient } from "../client";
import { DEMO_PASSWORD, seedDemoCompany, type DemoSignIn } from "./demo-company";

// A maintenance command: the request timeouts (DATABASE_STATEMENT_TIMEOUT_MS, ...) must not cut it (pool.ts).
const prisma = createPrismaClient(undefined, "maintenance");

async function main() {
  const users = await prisma.user.count();
  let signIns: DemoSignIn[];
  if (users === 0) {
    const started = Date.now();
    signIns = await prisma.$transaction((tx) => seedDemoCompany(tx), { timeout: 120_000 });
    console.log(`[seed] demo company loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else {
    console.log(`[seed] database already has ${users} users: demo data not loaded again`);
    const known = await prisma.user.findMany({
      where: { email: { endsWith: "@nordvik.example" }, role: { not: "STAFF" } },
      orderBy: [{ role: "asc" }, { email: "asc" }],
    });
    const staff = await prisma.user.findUnique({ where: { email: "staff@nordvik.example" } });
    signIns = [...known, ...(staff ? [staff] : [])].map((u) => ({
      email: u.email,
      role: u.role,
      name: u.name,
    }));
  }
  if (signIns.length) {
    console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const s of signIns) console.log(`  ${s.role.padEnd(6)} ${s.email.padEnd(34)} ${s.name}`);
    console.log("");
  }
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
