import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../src/client";
import { createTestDatabase } from "../src/test-database";

/**
 * A transaction whose connection dies (the database restarted, the backend was terminated) must not keep its
 * pool slot: Prisma releases a transaction's connection only after its ROLLBACK succeeded, which it cannot.
 */
let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  t = await createTestDatabase("pool");
});
afterAll(() => t?.drop());

describe("the database pool after a connection died in a transaction", () => {
  it("gives the slot back: with a pool of one, the next query runs and the pool closes", async () => {
    const saved = process.env.DATABASE_POOL_SIZE;
    process.env.DATABASE_POOL_SIZE = "1";
    const db = createPrismaClient(t.url);
    if (saved === undefined) delete process.env.DATABASE_POOL_SIZE;
    else process.env.DATABASE_POOL_SIZE = saved;
    try {
      await expect(
        db.$transaction(async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          await tx.$queryRaw`SELECT pg_terminate_backend(pg_backend_pid())`;
        }),
      ).rejects.toThrow();
      // Leaked, the only connection would stay checked out: this would wait for it until the connect timeout.
      expect(await db.$queryRaw`SELECT 2 AS n`).toEqual([{ n: 2 }]);
    } finally {
      // Leaked, closing the pool would wait for that connection for ever (the test's timeout).
      await db.$disconnect();
    }
  });
});
