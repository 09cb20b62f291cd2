import { describe, expect, it } from "vitest";
import pg from "pg";
import { createTestDatabase } from "../src/test-database";

/**
 * A test file's database drop is also the check that the file gave back every connection it took: in a worker that
 * runs several files one after another, a connection left lent out or open would shrink what the next files have.
 */
describe("dropping a test database", () => {
  it("fails, naming the lent-out connection, when a transaction is still open, and still drops it", async () => {
    const t = await createTestDatabase("leak_tx");
    let finish: () => void = () => {};
    const held = new Promise<void>((resolve) => (finish = resolve));
    let begun: () => void = () => {};
    const inTransaction = new Promise<void>((resolve) => (begun = resolve));
    // Prisma's promise runs when it is listened to; its failure is expected once the database is gone.
    const open = t.db
      .$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          begun();
          await held;
        },
        { timeout: 60_000 },
      )
      .catch(() => {});
    await inTransaction;
    await expect(t.drop({ settleMs: 200 })).rejects.toThrow(/1 of its pool's connections lent out/);
    finish();
    await open;
    expect(await databaseExists(t.url)).toBe(false);
  });

  it("fails when the file left a client of its own connected", async () => {
    const t = await createTestDatabase("leak_client");
    const forgotten = new pg.Client({ connectionString: t.url });
    forgotten.on("error", () => {}); // the drop ends its session
    await forgotten.connect();
    await expect(t.drop({ settleMs: 200 })).rejects.toThrow(/1 connections of clients it never closed/);
    await forgotten.end().catch(() => {});
    expect(await databaseExists(t.url)).toBe(false);
  });

  it("drops quietly once every connection is back", async () => {
    const t = await createTestDatabase("clean");
    await t.db.$transaction(async (tx) => tx.$queryRaw`SELECT 1`);
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    await client.end();
    await expect(t.drop()).resolves.toBeUndefined();
    expect(await databaseExists(t.url)).toBe(false);
  });
});

async function databaseExists(url: string) {
  const name = new URL(url).pathname.slice(1);
  const server = new URL(url);
  server.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    const { rows } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rows.length > 0;
  } finally {
    await admin.end();
  }
}
