import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { appRouter } from "../src/root";
import { accessMatrix } from "./access";
import { actors, setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const procedures = Object.keys(appRouter._def.procedures).sort();

type Callable = (input: unknown) => Promise<unknown>;
function procedureAt(caller: unknown, path: string): Callable {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as Callable;
}

/** Role checks run before input parsing, so calling with no input tells refused (401/403) from allowed. */
async function outcome(call: Callable): Promise<"allowed" | "refused"> {
  try {
    await call(undefined);
    return "allowed";
  } catch (e) {
    if (e instanceof TRPCError && (e.code === "UNAUTHORIZED" || e.code === "FORBIDDEN")) return "refused";
    return "allowed"; // got past the role check: BAD_REQUEST (input), NOT_FOUND, ...
  }
}

describe("access matrix", () => {
  it("lists every procedure of the app router, and nothing else", () => {
    expect(procedures.filter((p) => !(p in accessMatrix))).toEqual([]);
    expect(Object.keys(accessMatrix).filter((p) => !procedures.includes(p))).toEqual([]);
  });

  for (const path of procedures) {
    it(`${path}: allows exactly ${JSON.stringify(accessMatrix[path] ?? [])}`, async () => {
      const results: Record<string, string> = {};
      for (const actor of actors) results[actor] = await outcome(procedureAt(await org.as(actor), path));
      const expected = Object.fromEntries(
        actors.map((a) => [a, (accessMatrix[path] ?? []).includes(a) ? "allowed" : "refused"]),
      );
      expect(results).toEqual(expected);
    });
  }

  it("refuses everything but changing the password while a one-time password is pending", async () => {
    const pending = await org.db.user.update({
      where: { id: org.users.hr.id },
      data: { mustChangePassword: true },
    });
    const caller = await org.asUser(pending);
    await expect(caller.segments.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      caller.account.changePassword({ currentPassword: "x", newPassword: "y", confirmPassword: "y" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await org.db.user.update({ where: { id: org.users.hr.id }, data: { mustChangePassword: false } });
  });

  it("treats a deactivated user, or a session older than a role or password change, as signed out", async () => {
    const before = await org.db.user.findUniqueOrThrow({ where: { id: org.users.hr.id } });
    await org.db.user.update({ where: { id: before.id }, data: { sessionVersion: { increment: 1 } } });
    await expect((await org.asUser(before)).home.summary()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const current = await org.db.user.update({ where: { id: before.id }, data: { active: false } });
    await expect((await org.asUser(current)).home.summary()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await org.db.user.update({ where: { id: before.id }, data: { active: true } });
  });
});
