"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { passwordResetInput, type PasswordResetInput } from "@portal/validators";
import { Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useApplyServerError } from "@/components/forms/use-form-errors";
import { FormError } from "@/components/forms/form-actions";
import { NewPasswordFields } from "@/components/forms/new-password-fields";

/** The server checks the password rules (length, personal parts, strength) like "change password" does. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const form = useForm<PasswordResetInput>({
    resolver: zodResolver(passwordResetInput),
    defaultValues: { token, newPassword: "", confirmPassword: "" },
  });
  const { errors } = form.formState;
  const reset = useMutation(
    trpc.passwordReset.complete.mutationOptions({
      // Every session of the person has ended: they sign in with the new password.
      onSuccess: () => router.push("/login?reason=password-reset"),
      onError: (e) => applyServerError(e, form.setError),
    }),
  );
  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit((v) => reset.mutate(v))}>
      <FormError message={errors.root?.server?.message} />
      <NewPasswordFields
        newPassword={form.register("newPassword")}
        confirmPassword={form.register("confirmPassword")}
        errors={{
          newPassword: errors.newPassword?.message,
          confirmPassword: errors.confirmPassword?.message,
        }}
      />
      <Button type="submit" className="w-full" disabled={reset.isPending || reset.isSuccess}>
        {t("resetPassword")}
      </Button>
    </form>
  );
}
