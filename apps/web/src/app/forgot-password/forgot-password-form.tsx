"use client";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { passwordResetRequestInput, type PasswordResetRequestInput } from "@portal/validators";
import { Alert, Button, FormField, Input } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormError } from "@/components/forms/form-actions";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const form = useForm<PasswordResetRequestInput>({
    resolver: zodResolver(passwordResetRequestInput),
    defaultValues: { email: "" },
  });
  const { errors } = form.formState;
  const request = useMutation(
    trpc.passwordReset.request.mutationOptions({
      onError: (e) => applyServerError(e, form.setError),
    }),
  );
  if (request.isSuccess)
    return (
      <Alert tone="success" role="status">
        {t("resetRequested")}
      </Alert>
    );
  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit((v) => request.mutate(v))}>
      <FormError message={errors.root?.server?.message} />
      <FormField id="email" label={t("email")} required error={errorText(errors.email?.message)}>
        {(aria) => (
          <Input
            {...aria}
            type="email"
            autoComplete="username"
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the page's one field, nothing above it to read first
            autoFocus
            {...form.register("email")}
          />
        )}
      </FormField>
      <Button type="submit" className="w-full" disabled={request.isPending}>
        {request.isPending ? t("sendingResetLink") : t("sendResetLink")}
      </Button>
    </form>
  );
}
