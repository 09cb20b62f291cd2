"use client";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { changePasswordInput, type ChangePasswordInput } from "@portal/validators";
import type { PasswordOwner } from "@portal/validators/password-strength";
import { Button, FormField, Input } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormError } from "@/components/forms/form-actions";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { signOutAction } from "@/actions/account";

/**
 * The password lists (about 1 MB) load only when the form is submitted. The server checks again, so a chunk
 * that fails to load only skips the early answer.
 */
async function strengthProblem(password: string, owner: PasswordOwner) {
  try {
    const { passwordProblem } = await import("@portal/validators/password-strength");
    return passwordProblem(password, owner);
  } catch {
    return null;
  }
}

export function ChangePasswordForm({ owner }: { owner: PasswordOwner }) {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordInput),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { errors } = form.formState;
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      // Every session was invalidated by the change: sign in again with the new password.
      onSuccess: () => signOutAction("password-changed"),
      onError: (e) => applyServerError(e, form.setError),
    }),
  );
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit(async (v) => {
        const problem = await strengthProblem(v.newPassword, owner);
        if (problem)
          form.setError("newPassword", { type: "strength", message: problem }, { shouldFocus: true });
        else change.mutate(v);
      })}
    >
      <FormError message={errors.root?.server?.message} />
      <FormField
        id="currentPassword"
        label={t("currentPassword")}
        required
        error={errorText(errors.currentPassword?.message)}
      >
        {(aria) => (
          <Input
            {...aria}
            type="password"
            autoComplete="current-password"
            {...form.register("currentPassword")}
          />
        )}
      </FormField>
      <NewPasswordFields
        newPassword={form.register("newPassword")}
        confirmPassword={form.register("confirmPassword")}
        errors={{
          newPassword: errors.newPassword?.message,
          confirmPassword: errors.confirmPassword?.message,
        }}
      />
      <Button type="submit" disabled={change.isPending || change.isSuccess}>
        {t("changePassword")}
      </Button>
    </form>
  );
}
