/**
 * User accounts (ADMIN only). Password hashes never leave this file: every read selects explicitly, and
 * one-time passwords are returned once, to the caller that issued them, and stored only as argon2 hashes.
 */
import type { z } from "zod";
import { writeAudit, type Db, type DbClient, type Prisma, type Role } from "@portal/db";
import { generateOneTimePassword, hashPassword } from "@portal/auth/password";
import type { ListQuery } from "@portal/validators";
import type { userCreateInput, userUpdateData } from "@portal/validators";
import { conflict, notFound, rethrowUnique } from "../errors";
import { contains, pageArgs, toPage } from "../pagination";
import type { Actor } from "../actor";

type SortKey = "name" | "email" | "role" | "createdAt";

export const publicUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  mustChangePassword: true,
  locale: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.UserSelect;

export const uniqueEmail = { email: "userEmailTaken" } as const;

export async function listUsers(db: Db, q: ListQuery<SortKey> & { role?: Role }) {
  const where: Prisma.UserWhereInput = {
    ...(q.includeArchived ? {} : { active: true }),
    ...(q.role ? { role: q.role } : {}),
    ...(q.search ? { OR: [{ name: contains(q.search) }, { email: contains(q.search) }] } : {}),
  };
  const [items, total] = await db.$transaction([
    db.user.findMany({
      where,
      orderBy: [{ [q.sort]: q.direction }, { id: "asc" }],
      ...pageArgs(q),
      select: publicUserSelect,
    }),
    db.user.count({ where }),
  ]);
  return toPage(items, total, q);
}

export async function getUser(db: DbClient, id: string) {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      ...publicUserSelect,
      headOf: { select: { id: true, name: true, archived: true }, orderBy: { name: "asc" } },
      staffMember: { select: { id: true } },
    },
  });
  if (!user) throw notFound("userNotFound");
  return user;
}

/** A new password that must be replaced at the next sign-in; the plain text goes back to the admin once. */
async function oneTimePassword() {
  const password = generateOneTimePassword();
  return { password, passwordHash: await hashPassword(password) };
}

export async function createUser(db: Db, actor: Actor, data: z.output<typeof userCreateInput>) {
  const otp = await oneTimePassword();
  return db.$transaction(async (tx) => {
    const user = await tx.user
      .create({
        data: { ...data, passwordHash: otp.passwordHash, mustChangePassword: true },
        select: publicUserSelect,
      })
      .catch((e) => rethrowUnique(e, uniqueEmail));
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      after: user,
    });
    return { user, oneTimePassword: otp.password };
  });
}

/** Locks the active admins, so two admins demoting each other at once cannot leave nobody in charge. */
async function otherActiveAdmins(tx: DbClient, id: string) {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "User" WHERE role = 'ADMIN' AND active FOR UPDATE`;
  return rows.filter((r) => r.id !== id).length;
}

export async function updateUser(db: Db, actor: Actor, id: string, data: z.output<typeof userUpdateData>) {
  return db.$transaction(async (tx) => {
    const before = await getUser(tx, id);
    const roleChanged = data.role !== before.role;
    const deactivated = before.active && !data.active;
    if (!roleChanged && before.active === data.active && before.name === data.name) return before; // a retried save
    if (id === actor.id && (roleChanged || !data.active)) throw conflict("ownRoleOrActive");
    if (
      before.role === "ADMIN" &&
      before.active &&
      (roleChanged || deactivated) &&
      (await otherActiveAdmins(tx, id)) === 0
    )
      throw conflict("lastAdmin");
    if (before.role === "HEAD" && roleChanged && before.headOf.length > 0)
      throw conflict("headStillHeads", {
        name: before.name,
        departments: before.headOf.map((d) => d.name).join(", "),
        count: before.headOf.length,
      });
    // A role change or deactivation ends the user's sessions: it applies on their next request.
    const bump = roleChanged || deactivated ? { sessionVersion: { increment: 1 } } : {};
    await tx.user.update({ where: { id }, data: { ...data, ...bump }, select: { id: true } });
    const after = await getUser(tx, id);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.update",
      entityType: "User",
      entityId: id,
      before: { name: before.name, role: before.role, active: before.active },
      after: { name: after.name, role: after.role, active: after.active },
    });
    return after;
  });
}

export async function resetPassword(db: Db, actor: Actor, id: string) {
  const otp = await oneTimePassword();
  return db.$transaction(async (tx) => {
    const exists = await tx.user.findUnique({ where: { id }, select: { id: true } });
    if (!exists) throw notFound("userNotFound");
    const user = await tx.user.update({
      where: { id },
      data: { passwordHash: otp.passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
      select: publicUserSelect,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.resetPassword",
      entityType: "User",
      entityId: id,
      after: { mustChangePassword: true },
    });
    return { user, oneTimePassword: otp.password };
  });
}
