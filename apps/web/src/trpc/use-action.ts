"use client";
import { useState, useTransition } from "react";
import { useServerErrorText } from "@/i18n/server-errors";
import type { ActionResult } from "./action-result";

type Options<T> = { onSuccess?: (data: T) => void };

/**
 * A server action that calls the API, used like a mutation: `mutate`, `isPending` (until the refreshed page the
 * action sends back is shown) and the last `error`. A session that ended goes to the sign-in notice, as with tRPC.
 */
export function useAction<I, T>(action: (input: I) => Promise<ActionResult<T>>, options: Options<T> = {}) {
  const [isPending, startTransition] = useTransition();
  const errorText = useServerErrorText();
  // The last refusal, as text in the user's language (the server sends a key and params, never the text).
  const [error, setError] = useState<string | null>(null);
  const mutate = (input: I, callOptions: Options<T> = {}) =>
    startTransition(async () => {
      setError(null);
      let result: ActionResult<T>;
      try {
        result = await action(input);
      } catch (thrown) {
        // The network or the server failed outside the procedure (details are not sent to the browser).
        setError(errorText(thrown));
        return;
      }
      if (!result.ok) {
        if (result.error.code === "UNAUTHORIZED") window.location.assign("/session-ended");
        setError(errorText(result.error));
        return;
      }
      options.onSuccess?.(result.data);
      callOptions.onSuccess?.(result.data);
    });
  return { mutate, isPending, error };
}
