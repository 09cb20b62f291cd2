"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { roles, userUpdateData } from "@portal/validators";
import { Alert, Card, FormField, Input, Select } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormActions, FormError } from "@/components/forms/form-actions";

type Values = z.input<typeof userUpdateData>;

export function UserEditForm({ id, self, initial }: { id: string; self: boolean; initial: Values }) {
  const t = useTranslations("users");
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({ resolver: zodResolver(userUpdateData), defaultValues: initial });
  const { register, handleSubmit, formState, setError } = form;
  const update = useMutation(
    trpc.users.update.mutationOptions({
      onMutate: () => setSaved(false),
      onSuccess: async (after) => {
        form.reset({ name: after.name, role: after.role, active: after.active });
        setSaved(true);
        await queryClient.invalidateQueries(trpc.users.pathFilter());
      },
      onError: (e) => applyServerError(e, setError, "data."),
    }),
  );
  return (
    <Card className="max-w-2xl">
      <form noValidate className="space-y-4" onSubmit={handleSubmit((data) => update.mutate({ id, data }))}>
        <FormError message={formState.errors.root?.server?.message} />
        {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
        <FormField id="name" label={t("name")} required error={errorText(formState.errors.name?.message)}>
          {(aria) => <Input {...aria} autoComplete="off" {...register("name")} />}
        </FormField>
        <FormField
          id="role"
          label={t("role")}
          required
          hint={self ? t("selfHint") : undefined}
          error={errorText(formState.errors.role?.message)}
        >
          {(aria) => (
            <Select {...aria} {...register("role")}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField
          id="active"
          label={t("active")}
          hint={t("activeHint")}
          error={errorText(formState.errors.active?.message)}
        >
          {(aria) => <input {...aria} type="checkbox" className="h-5 w-5" {...register("active")} />}
        </FormField>
        <FormActions saving={update.isPending} cancelHref="/admin/users" />
      </form>
    </Card>
  );
}
