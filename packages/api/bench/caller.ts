/** The real tRPC caller for a user, with a fresh context (the user re-read) on every call, as requests get. */
import type { Db, User } from "@portal/db";
import { appRouter } from "../src/root";
import { createCallerFactory, createContext } from "../src/trpc";

const createCaller = createCallerFactory(appRouter);

export async function benchCaller(db: Db, user: Pick<User, "id" | "sessionVersion">) {
  return createCaller(
    await createContext({ db, claims: { id: user.id, sessionVersion: user.sessionVersion } }),
  );
}
