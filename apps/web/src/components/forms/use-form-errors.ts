"use client";
import { useTranslations } from "next-intl";
import { isMessageKey } from "@/i18n/enum-labels";
import { TRPCClientError } from "@trpc/client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { useCallback } from "react";

/** Validation messages are `validation.<key>` keys (see @portal/validators); anything else is shown as is. */
export function useErrorText() {
  const t = useTranslations("validation");
  return useCallback(
    (message: string | undefined) => {
      if (!message) return undefined;
      const key = message.replace(/^validation\./, "");
      return key !== message && isMessageKey(t, key) ? t(key) : message;
    },
    [t],
  );
}

type ZodErrorData = { zodError?: { fieldErrors?: Record<string, string[] | undefined> } | null };

/**
 * Put a server error where the user will see it: field errors on their fields (the server validates with
 * the same schema, but uniqueness and references are only known there), anything else on the form root.
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldPrefix = "",
) {
  if (error instanceof TRPCClientError) {
    const fieldErrors = (error.data as ZodErrorData | undefined)?.zodError?.fieldErrors ?? {};
    let placed = false;
    for (const [field, messages] of Object.entries(fieldErrors)) {
      const key = fieldPrefix && field.startsWith(fieldPrefix) ? field.slice(fieldPrefix.length) : field;
      if (messages?.[0]) {
        setError(key as Path<T>, { type: "server", message: messages[0] });
        placed = true;
      }
    }
    if (!placed) setError("root.server" as Path<T>, { type: "server", message: error.message });
    return;
  }
  setError("root.server" as Path<T>, {
    type: "server",
    message: error instanceof Error ? error.message : String(error),
  });
}
