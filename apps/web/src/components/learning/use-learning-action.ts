"use client";
import type { ActionResult } from "@/trpc/action-result";
import { announceChange } from "@/trpc/changes";
import { useAction } from "@/trpc/use-action";

/** A course player action; on success the plan and other learning views in the query cache refetch when next shown. */
export function useLearningAction<I, T>(
  action: (input: I) => Promise<ActionResult<T>>,
  options: { onSuccess?: (data: T) => void } = {},
) {
  return useAction(action, {
    onSuccess: (data) => {
      announceChange("learning");
      options.onSuccess?.(data);
    },
  });
}
