"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { staffInput } from "@portal/validators";
import { Alert, Button, Card, FormField, Input } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormActions, FormError } from "@/components/forms/form-actions";
import { OneTimePassword } from "@/components/users/one-time-password";
import { PlacementFields } from "./placement-fields";

type Values = z.input<typeof staffInput>;
type Output = z.output<typeof staffInput>;
type Created = { staff: { id: string }; user: { name: string; email: string }; oneTimePassword: string };

const today = () => new Date().toISOString().slice(0, 10);
const empty = (): Values => ({
  email: "",
  name: "",
  departmentId: "",
  positionId: "",
  startDate: today(),
  status: "ONBOARDING",
});

export function StaffCreate() {
  const t = useTranslations("staff");
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<Created | null>(null);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(staffInput),
    defaultValues: empty(),
  });
  const { register, handleSubmit, formState, setError, watch, setValue, reset } = form;
  const create = useMutation(
    trpc.staff.create.mutationOptions({
      onSuccess: async (result) => {
        setCreated(result);
        await queryClient.invalidateQueries(trpc.staff.pathFilter());
      },
      onError: (e) => applyServerError(e, setError),
    }),
  );
  const err = (name: keyof Values) => errorText(formState.errors[name]?.message);

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
            <Link href={`/admin/staff/${created.staff.id}`}>{t("openRecord")}</Link>
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              reset(empty());
              setCreated(null);
            }}
          >
            {t("createAnother")}
          </Button>
          <Button asChild variant="secondary">
            <Link href="/admin/staff">{t("backToList")}</Link>
          </Button>
        </div>
      </div>
    );

  return (
    <Card className="max-w-2xl">
      <form noValidate className="space-y-4" onSubmit={handleSubmit((data) => create.mutate(data))}>
        <FormError message={formState.errors.root?.server?.message} />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <FormField id="email" label={t("email")} required error={err("email")}>
            {(aria) => <Input {...aria} type="email" autoComplete="off" {...register("email")} />}
          </FormField>
          <FormField id="name" label={t("name")} required error={err("name")}>
            {(aria) => <Input {...aria} autoComplete="off" {...register("name")} />}
          </FormField>
        </div>
        <PlacementFields
          departmentId={watch("departmentId")}
          fields={{
            departmentId: register("departmentId"),
            positionId: register("positionId"),
            startDate: register("startDate"),
            status: register("status"),
          }}
          errors={{
            departmentId: err("departmentId"),
            positionId: err("positionId"),
            startDate: err("startDate"),
            status: err("status"),
          }}
          onDepartmentChange={() => setValue("positionId", "")}
        />
        <FormActions saving={create.isPending} cancelHref="/admin/staff" />
      </form>
    </Card>
  );
}
