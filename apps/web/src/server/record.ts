import { forbidden, notFound } from "next/navigation";
import { callApi, type ApiCaller } from "@/trpc/server";
import type { ActionResult } from "@/trpc/action-result";

/**
 * A page about one record (an [id] route) that failed to load it answers 404 (not-found.tsx) when the record does
 * not exist, is out of the caller's scope (services read those as not found) or the id is malformed, and 403
 * (forbidden.tsx) when the caller may not open it, instead of a 200 with "Try again". Any other failure is left to
 * the page's own error state.
 */
export function interruptIfUnreachable<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) return result;
  if (result.error.code === "NOT_FOUND" || result.error.code === "BAD_REQUEST") notFound();
  if (result.error.code === "FORBIDDEN") forbidden();
  return result;
}

/** Loads the page's record on the server with the caller's access checks (see interruptIfUnreachable). */
export async function requireRecord<T>(call: (api: ApiCaller) => Promise<T>): Promise<ActionResult<T>> {
  return interruptIfUnreachable(await callApi(call));
}
