"use client";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FormField, Input } from "@portal/ui";
import { useErrorText } from "./use-form-errors";

/**
 * "New password" and "Confirm password", as both the change-password and the reset-password forms ask for them:
 * the browser's password manager offers a new password for both fields.
 */
export function NewPasswordFields({
  newPassword,
  confirmPassword,
  errors,
}: {
  newPassword: UseFormRegisterReturn<"newPassword">;
  confirmPassword: UseFormRegisterReturn<"confirmPassword">;
  errors: { newPassword?: string; confirmPassword?: string };
}) {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  return (
    <>
      <FormField
        id="newPassword"
        label={t("newPassword")}
        hint={t("newPasswordHint")}
        required
        error={errorText(errors.newPassword)}
      >
        {(aria) => <Input {...aria} type="password" autoComplete="new-password" {...newPassword} />}
      </FormField>
      <FormField
        id="confirmPassword"
        label={t("confirmPassword")}
        required
        error={errorText(errors.confirmPassword)}
      >
        {(aria) => <Input {...aria} type="password" autoComplete="new-password" {...confirmPassword} />}
      </FormField>
    </>
  );
}
