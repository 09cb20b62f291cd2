"use client";
import { useTranslations } from "next-intl";
import { isMessageKey } from "@/i18n/enum-labels";
import { TRPCClientError } from "@trpc/client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { useCallback } from "react";
import { toldOf, useServerErrorText, type ServerErrorText } from "@/i18n/server-errors";
import { useZodLocale } from "@/i18n/zod-locale";

/** Validation messages are `validation.<key>` keys (see @portal/validators); anything else is shown as is. */
export function useErrorText() {
  const t = useTranslations("validation");
  useZodLocale(); // the form's own zod messages (those without a validation key) in the user's language
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
 * Put a server error where the user will see it, in their language: field errors on their fields (the server
 * validates with the same schema, but uniqueness and references are only known there), anything else on the form
 * root. `errorText` is useServerErrorText's (or use the hook useApplyServerError).
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  errorText: ServerErrorText,
  fieldPrefix = "",
) {
  if (error instanceof TRPCClientError) {
    const fieldErrors = (error.data as ZodErrorData | undefined)?.zodError?.fieldErrors ?? {};
    const { params } = toldOf(error);
    let placed = false;
    for (const [field, messages] of Object.entries(fieldErrors)) {
      const key = fieldPrefix && field.startsWith(fieldPrefix) ? field.slice(fieldPrefix.length) : field;
      if (messages?.[0]) {
        setError(key as Path<T>, { type: "server", message: errorText.field(messages[0], params) });
        placed = true;
      }
    }
    if (!placed) setError("root.server" as Path<T>, { type: "server", message: errorText(error) });
    return;
  }
  setError("root.server" as Path<T>, { type: "server", message: errorText(error) });
}

/** `applyServerError` bound to the user's language: `onError: (e) => applyServerError(e, setError)`. */
export function useApplyServerError() {
  const errorText = useServerErrorText();
  return useCallback(
    <T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fieldPrefix = "") =>
      applyServerError(error, setError, errorText, fieldPrefix),
    [errorText],
  );
}
