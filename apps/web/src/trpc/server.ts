import { cache } from "react";
import { headers } from "next/headers";
import { TRPCError } from "@trpc/server";
import { appRouter, createCallerFactory, createContext, publicError } from "@portal/api";
import { auth, clientAddress } from "@portal/auth";
import { requestMailer } from "@/server/mailer";
import type { ActionResult } from "./action-result";

const createCaller = createCallerFactory(appRouter);
export type ApiCaller = ReturnType<typeof createCaller>;

/** The request's tRPC context (the user re-read from the database), built once per request. */
export const getContext = cache(async () => {
  const session = await auth();
  return createContext({
    claims: session?.user,
    ip: clientAddress(await headers()) ?? undefined,
    mailer: requestMailer(),
  });
});

/**
 * The API called in-process from server components and server actions: the same procedures, context and access
 * checks as /api/trpc, without an HTTP round trip or a client library.
 */
export const getApi = cache(async (): Promise<ApiCaller> => createCaller(await getContext()));

/** Runs procedure calls and returns their result or the tRPC error as data (thrown errors are hidden in production). */
export async function callApi<T>(call: (api: ApiCaller) => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await call(await getApi()) };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    // An unexpected error is logged with a reference; in production the action returns only that reference.
    return { ok: false, error: publicError(error, "server action") };
  }
}
