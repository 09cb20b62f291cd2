import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "@portal/db/test-database";
import { createUser } from "@portal/db/factories";
import type { Db } from "@portal/db";
import { callerFor } from "./harness";

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Db;
beforeAll(async () => {
  t = await createTestDatabase("account");
  db = t.db;
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterAll(() => t?.drop());

const OLD = "old password for tests";
const NEW = "Fjord-lantern-quartz-9217";

describe("account.changePassword", () => {
  it("ends every other session: a token from before the change is refused", async () => {
    const user = await createUser(db, { role: "STAFF", password: OLD });
    const before = await callerFor(db, user);
    expect(await before.account.me()).toMatchObject({ id: user.id });
    await before.account.changePassword({ currentPassword: OLD, newPassword: NEW, confirmPassword: NEW });
    const stale = await callerFor(db, user); // the same claims (old sessionVersion) replayed
    await expect(stale.account.me()).resolves.toBeNull();
    await expect(stale.home.summary()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("throttles guessing the current password through a signed-in session", async () => {
    const user = await createUser(db, { role: "STAFF", password: OLD });
    const caller = await callerFor(db, user);
    const guess = (currentPassword: string) =>
      caller.account.changePassword({ currentPassword, newPassword: NEW, confirmPassword: NEW });
    for (let i = 0; i < 5; i++)
      await expect(guess(`wrong guess ${i}`)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // Even the right password is not checked until the delay has passed.
    await expect(guess(OLD)).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  });
});
