import type { TRPCError } from "@trpc/server";

/** What a server action that calls the API returns: its data, or the procedure's error (code and message). */
export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: { code: TRPCError["code"]; message: string } };
