import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@portal/auth/password";
import { createUser } from "@portal/db/factories";
import { updateUser } from "../src/services/users";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

describe("users", () => {
  it("creates a user with a one-time password shown once and stored only as a hash", async () => {
    const admin = await org.as("ADMIN");
    const { user, oneTimePassword } = await admin.users.create({
      email: " New.HR@Example.com ",
      name: "New HR",
      role: "HR",
    });
    expect(user).toMatchObject({
      email: "new.hr@example.com",
      role: "HR",
      mustChangePassword: true,
      active: true,
    });
    expect(user).not.toHaveProperty("passwordHash");
    const stored = await org.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).not.toContain(oneTimePassword);
    expect(await verifyPassword(stored.passwordHash, oneTimePassword)).toBe(true);
    const [event] = await org.db.auditEvent.findMany({ where: { entityId: user.id } });
    expect(event).toMatchObject({ action: "user.create", actorId: org.users.admin.id });
    expect(JSON.stringify(event?.after)).not.toMatch(/passwordHash|argon2/);
    const read = await admin.users.byId({ id: user.id });
    expect(read).not.toHaveProperty("passwordHash");
  });

  it("refuses a duplicate email (any case) with a clear conflict, and bad input changes nothing", async () => {
    const admin = await org.as("ADMIN");
    const users = await org.db.user.count();
    await expect(
      admin.users.create({ email: org.users.hr.email.toUpperCase(), name: "X", role: "STAFF" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "A user with this email already exists.",
    });
    await expect(admin.users.create({ email: "nope", name: "", role: "STAFF" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await org.db.user.count()).toBe(users);
  });

  it("an admin cannot demote or deactivate themselves; the last active admin stays", async () => {
    const admin = await org.as("ADMIN");
    const self = org.users.admin;
    await expect(
      admin.users.update({ id: self.id, data: { name: self.name, role: "HR", active: true } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      admin.users.update({ id: self.id, data: { name: self.name, role: "ADMIN", active: false } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    // Renaming yourself is fine.
    expect(
      (
        await admin.users.update({
          id: self.id,
          data: { name: "Admin Renamed", role: "ADMIN", active: true },
        })
      ).name,
    ).toBe("Admin Renamed");
    // Whoever asks, the only active admin cannot be demoted (the service check behind the self rule).
    await expect(
      updateUser(org.db, { id: org.users.hr.id, role: "ADMIN" }, self.id, {
        name: "A",
        role: "HR",
        active: true,
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("last active administrator"),
    });
    expect(await org.db.user.findUniqueOrThrow({ where: { id: self.id } })).toMatchObject({
      role: "ADMIN",
      active: true,
    });
  });

  it("a second admin can be demoted, and the change ends their current session", async () => {
    const other = await createUser(org.db, { role: "ADMIN", name: "Second Admin" });
    await expect((await org.asUser(other)).users.list({})).resolves.toBeTruthy();
    const admin = await org.as("ADMIN");
    const updated = await admin.users.update({
      id: other.id,
      data: { name: other.name, role: "HR", active: true },
    });
    expect(updated.role).toBe("HR");
    const stored = await org.db.user.findUniqueOrThrow({ where: { id: other.id } });
    expect(stored.sessionVersion).toBe(other.sessionVersion + 1);
    // The next request with the session issued before the change is signed out.
    await expect((await org.asUser(other)).home.summary()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect((await org.asUser(stored)).users.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A retried save changes nothing and writes no second audit event.
    await admin.users.update({ id: other.id, data: { name: other.name, role: "HR", active: true } });
    expect(await org.db.auditEvent.count({ where: { entityId: other.id, action: "user.update" } })).toBe(1);
  });

  it("deactivation signs the user out", async () => {
    const user = await createUser(org.db, { role: "HR", name: "Leaving HR" });
    await (
      await org.as("ADMIN")
    ).users.update({ id: user.id, data: { name: user.name, role: "HR", active: false } });
    await expect((await org.asUser(user)).home.summary()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("a head who still heads departments cannot be demoted: the conflict names them", async () => {
    const admin = await org.as("ADMIN");
    await expect(
      admin.users.update({ id: org.users.headA.id, data: { name: "Head A", role: "STAFF", active: true } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Department A"),
    });
    expect((await org.db.user.findUniqueOrThrow({ where: { id: org.users.headA.id } })).role).toBe("HEAD");
  });

  it("resets a password: a new one-time password once, pending change, old sessions end", async () => {
    const user = await createUser(org.db, { role: "STAFF", name: "Forgetful" });
    const { oneTimePassword, user: after } = await (
      await org.as("ADMIN")
    ).users.resetPassword({ id: user.id });
    expect(after.mustChangePassword).toBe(true);
    const stored = await org.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, oneTimePassword)).toBe(true);
    expect(stored.sessionVersion).toBe(user.sessionVersion + 1);
    await expect((await org.asUser(user)).home.summary()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect((await org.as("ADMIN")).users.resetPassword({ id: "missing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lists with search, role filter, sorting, pagination and inactive users on request", async () => {
    const admin = await org.as("ADMIN");
    const heads = await admin.users.list({ role: "HEAD", sort: "name" });
    expect(heads.items.map((u) => u.name)).toEqual(["Head A", "Head B"]);
    expect(heads.items[0]).not.toHaveProperty("passwordHash");
    const search = await admin.users.list({ search: "STAFF.B@" });
    expect(search.items.map((u) => u.name)).toEqual(["Staff B"]);
    expect((await admin.users.list({ search: "Leaving" })).total).toBe(0);
    expect((await admin.users.list({ search: "Leaving", includeArchived: true })).total).toBe(1);
    const page = await admin.users.list({ sort: "email", direction: "desc", pageSize: 10, page: 1 });
    const emails = page.items.map((u) => u.email);
    expect(emails).toEqual([...emails].sort().reverse());
  });
});
