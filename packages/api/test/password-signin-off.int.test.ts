/**
 * With password sign-in turned off (PASSWORD_SIGNIN=false, single sign-on only), "forgot password" would hand out
 * links that set passwords nobody can sign in with: every step of it is refused and nothing is stored or mailed.
 * The settings are read once per process (vitest runs each file in its own), so they are set before the first call.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { AppError } from "../src/errors";
import { callerFor, setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  Object.assign(process.env, {
    OIDC_ISSUER: "https://id.example.com",
    OIDC_CLIENT_ID: "portal",
    OIDC_CLIENT_SECRET: "a-client-secret",
    PASSWORD_SIGNIN: "false",
  });
  org = await setupOrganization();
});
afterAll(() => org?.drop());

async function refusalOf(call: Promise<unknown>) {
  try {
    await call;
    return null;
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    return { code: e.code, key: e.cause instanceof AppError ? e.cause.key : undefined };
  }
}

it("refuses every step of a password reset and stores nothing", async () => {
  const visitor = await callerFor(org.db, null);
  const refused = { code: "FORBIDDEN", key: "passwordSignInOff" };
  expect(await refusalOf(visitor.passwordReset.request({ email: org.users.staffUserB.email }))).toEqual(
    refused,
  );
  expect(await refusalOf(visitor.passwordReset.linkState({ token: "x".repeat(43) }))).toEqual(refused);
  expect(
    await refusalOf(
      visitor.passwordReset.complete({
        token: "x".repeat(43),
        newPassword: "a brand new passphrase 2026",
        confirmPassword: "a brand new passphrase 2026",
      }),
    ),
  ).toEqual(refused);
  expect(await org.db.passwordResetToken.count()).toBe(0);
  expect(await org.db.passwordResetRequest.count()).toBe(0);
});
