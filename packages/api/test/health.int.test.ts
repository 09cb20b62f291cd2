import { afterAll, beforeAll, expect, it } from "vitest";
import { createPrismaClient } from "@portal/db";
import { createTestDatabase } from "@portal/db/test-database";
import { checkDatabase } from "../src/health";

let t: Awaited<ReturnType<typeof createTestDatabase>>;
const dead = createPrismaClient("postgresql://postgres:postgres@127.0.0.1:1/portal");
beforeAll(async () => {
  t = await createTestDatabase("health");
  await t.db.$queryRaw`SELECT 1`; // the client's first query loads its query compiler: not the database's time
});
afterAll(async () => {
  await dead.$disconnect().catch(() => {});
  await t.drop();
});

it("reports a database without a migrations table as reachable but not deployed", async () => {
  expect(await checkDatabase(t.db, ["001_init"])).toEqual({ database: "error", migrations: "unknown" });
});

it("reports pending migrations until every expected one is applied", async () => {
  // What `prisma migrate deploy` keeps (the test database ran the SQL files directly).
  await t.db.$executeRawUnsafe(`CREATE TABLE _prisma_migrations (
    id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL, finished_at timestamptz, migration_name varchar(255) NOT NULL,
    logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count int NOT NULL DEFAULT 0)`);
  await t.db.$executeRawUnsafe(
    `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name) VALUES
     ('1', 'x', now(), '001_init'), ('2', 'x', NULL, '002_half_applied')`,
  );
  expect(await checkDatabase(t.db, ["001_init", "002_half_applied"])).toEqual({
    database: "ok",
    migrations: "pending",
  });
  expect(await checkDatabase(t.db, ["001_init"])).toEqual({ database: "ok", migrations: "ok" });
});

it("reports an unreachable database, within the timeout", async () => {
  const started = Date.now();
  expect(await checkDatabase(dead, ["001_init"], 2_000)).toEqual({
    database: "unreachable",
    migrations: "unknown",
  });
  expect(Date.now() - started).toBeLessThan(3_000);
});
