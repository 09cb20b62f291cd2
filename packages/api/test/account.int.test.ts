import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createUser } from "@portal/db/factories";
import { V } from "@portal/validators";
import { fieldErrorsOf } from "../src/errors";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const current = "correct horse battery staple"; // the factories' password

async function newcomer() {
  const user = await createUser(org.db, {
    role: "STAFF",
    name: "Ingrid Halvorsen",
    email: `ingrid.halvorsen.${Math.random().toString(36).slice(2, 8)}@nordvik.example`,
    password: current,
  });
  return { user, caller: await org.asUser(user) };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("BAD_REQUEST");
  return fieldErrorsOf(error as TRPCError)?.fieldErrors;
}

describe("account.changePassword: a newly chosen password", () => {
  it.each([
    ["aaaaaaaaaaaa", V.passwordGuessable],
    ["password1234", V.passwordCommon],
  ])("refuses %s, saying why on the field", async (password, why) => {
    const { user, caller } = await newcomer();
    const errors = await refusal(
      caller.account.changePassword({
        currentPassword: current,
        newPassword: password,
        confirmPassword: password,
      }),
    );
    expect(errors).toMatchObject({ newPassword: [why] });
    const after = await org.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(user.passwordHash);
  });

  it("refuses the user's own e-mail address and name", async () => {
    const { user, caller } = await newcomer();
    for (const password of [user.email, `${user.email.split("@")[0]}!2026`, "Halvorsen in the fjords"]) {
      const errors = await refusal(
        caller.account.changePassword({
          currentPassword: current,
          newPassword: password,
          confirmPassword: password,
        }),
      );
      expect(errors).toMatchObject({ newPassword: [V.passwordPersonal] });
    }
  });

  it("accepts a strong passphrase", async () => {
    const { user, caller } = await newcomer();
    const password = "mauve otter juggles quietly";
    await caller.account.changePassword({
      currentPassword: current,
      newPassword: password,
      confirmPassword: password,
    });
    const after = await org.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).not.toBe(user.passwordHash);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
  });
});

describe("account.setTimeZone: the user's own time zone", () => {
  it("keeps a known IANA zone, refuses an unknown one, and null goes back to the company's; audited", async () => {
    const { user, caller } = await newcomer();
    const zoneOf = async () =>
      (await org.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { timeZone: true } })).timeZone;
    expect(await zoneOf()).toBeNull();
    expect(await caller.account.setTimeZone({ timeZone: "Europe/Athens" })).toEqual({
      timeZone: "Europe/Athens",
    });
    expect(await zoneOf()).toBe("Europe/Athens");
    // The next request's session carries it (the pages read their time zone from there).
    expect((await (await org.asUser(user)).account.me())?.timeZone).toBe("Europe/Athens");
    expect(await refusal(caller.account.setTimeZone({ timeZone: "Mars/Olympus_Mons" }))).toEqual({
      timeZone: [V.timeZone],
    });
    expect(await zoneOf()).toBe("Europe/Athens");
    await caller.account.setTimeZone({ timeZone: null });
    expect(await zoneOf()).toBeNull();
    const audits = await org.db.auditEvent.findMany({
      where: { entityId: user.id, action: "user.setTimeZone" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.after)).toEqual([{ timeZone: "Europe/Athens" }, { timeZone: null }]);
  });
});
