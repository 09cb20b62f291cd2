"use client";
import { useErrorText } from "@/components/forms/use-form-errors";

/** A field's error under a group of controls (fieldsets have no FormField); announced with the control it names. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  const errorText = useErrorText();
  return message ? (
    <p id={id} className="text-sm text-danger">
      {errorText(message)}
    </p>
  ) : null;
}
