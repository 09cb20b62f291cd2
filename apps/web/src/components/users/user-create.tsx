"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { roles, userCreateInput } from "@portal/validators";
import { Alert, Button, Card, FormField, Input, Select } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormActions, FormError } from "@/components/forms/form-actions";
import { OneTimePassword } from "./one-time-password";

type Values = z.input<typeof userCreateInput>;
type Output = z.output<typeof userCreateInput>;
type Created = { user: { id: string; name: string; email: string }; oneTimePassword: string };

export function UserCreate() {
  const t = useTranslations("users");
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<Created | null>(null);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(userCreateInput),
    defaultValues: { email: "", name: "", role: "HR" },
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: async (result) => {
        setCreated(result);
        await queryClient.invalidateQueries(trpc.users.pathFilter());
      },
      onError: (e) => applyServerError(e, setError),
    }),
  );

  if (created)
    return (
      <div className="max-w-2xl space-y-4">
        <Alert tone="success">{t("created", { name: created.user.name })}</Alert>
        <OneTimePassword
          password={created.oneTimePassword}
          name={created.user.name}
          email={created.user.email}
        />
        <div className="flex flex-wrap gap-2">
          <Button asChild>
            <Link href={`/admin/users/${created.user.id}`}>{t("openUser")}</Link>
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              reset();
              setCreated(null);
            }}
          >
            {t("createAnother")}
          </Button>
          <Button asChild variant="secondary">
            <Link href="/admin/users">{t("backToList")}</Link>
          </Button>
        </div>
      </div>
    );

  return (
    <Card className="max-w-2xl">
      <form noValidate className="space-y-4" onSubmit={handleSubmit((data) => create.mutate(data))}>
        <FormError message={formState.errors.root?.server?.message} />
        <FormField id="email" label={t("email")} required error={errorText(formState.errors.email?.message)}>
          {(aria) => <Input {...aria} type="email" autoComplete="off" {...register("email")} />}
        </FormField>
        <FormField id="name" label={t("name")} required error={errorText(formState.errors.name?.message)}>
          {(aria) => <Input {...aria} autoComplete="off" {...register("name")} />}
        </FormField>
        <FormField id="role" label={t("role")} required error={errorText(formState.errors.role?.message)}>
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
        <FormActions saving={create.isPending} cancelHref="/admin/users" />
      </form>
    </Card>
  );
}
