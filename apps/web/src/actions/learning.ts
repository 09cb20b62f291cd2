"use server";
import { refresh } from "next/cache";
import type { RouterInputs } from "@portal/api";
import type { ActionResult } from "@/trpc/action-result";
import { callApi } from "@/trpc/server";

// The course player's changes, through the same learning procedures (and access checks) as /api/trpc. Each one
// that changes progress also re-renders the player from the server in the same response.
type In = RouterInputs["learning"];

function refreshed<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) refresh();
  return result;
}

export async function completeLessonAction(input: In["completeLesson"]) {
  return refreshed(await callApi((api) => api.learning.completeLesson(input)));
}

export async function chooseResponseAction(input: In["chooseResponse"]) {
  return refreshed(await callApi((api) => api.learning.chooseResponse(input)));
}

export async function retakeAction(input: In["retake"]) {
  return refreshed(await callApi((api) => api.learning.retake(input)));
}

export async function startAttemptAction(input: In["startAttempt"]) {
  return refreshed(await callApi((api) => api.learning.startAttempt(input)));
}

export async function submitAttemptAction(input: In["submitAttempt"]) {
  return refreshed(await callApi((api) => api.learning.submitAttempt(input)));
}

/** A past attempt's graded paper (read only). */
export async function attemptResultAction(input: In["attemptResult"]) {
  return callApi((api) => api.learning.attemptResult(input));
}
