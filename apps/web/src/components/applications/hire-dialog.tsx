"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { hireInput } from "@portal/validators";
import { Alert, Button, ConfirmDialog, Dialog, FormField, Input } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormError } from "@/components/forms/form-actions";
import { OneTimePassword } from "@/components/users/one-time-password";
import type { ApplicationData } from "./types";

type Values = z.input<typeof hireInput>;
type Output = z.output<typeof hireInput>;
export type Hired = {
  staff: { id: string };
  user: { name: string; email: string };
  oneTimePassword: string | null;
  alreadyHired: boolean;
};

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Hire from OFFER: start date and sign-in email, a confirmation, then the one-time password shown once.
 * The server makes a second submission harmless (it returns the person already created, without a password).
 * The parent keeps the result: after the hire the application is HIRED and the hire button is gone.
 */
export function HireDialog({
  app,
  hired,
  onHired,
}: {
  app: ApplicationData;
  hired: Hired | null;
  onHired: (h: Hired) => void;
}) {
  const t = useTranslations("applications");
  const common = useTranslations("common");
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState<Output | null>(null);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(hireInput),
    defaultValues: { applicationId: app.id, startDate: today(), email: app.candidate.email ?? "" },
  });
  const { register, handleSubmit, formState, setError } = form;
  const hire = useMutation(
    trpc.applications.hire.mutationOptions({
      onSuccess: async (result) => {
        onHired(result);
        setOpen(false);
        await queryClient.invalidateQueries(trpc.applications.pathFilter());
        await queryClient.invalidateQueries(trpc.staff.pathFilter());
      },
      onError: (e) => applyServerError(e, setError),
    }),
  );
  const err = (name: keyof Values) => errorText(formState.errors[name]?.message);

  if (hired)
    return (
      <section aria-labelledby="hired-title" className="space-y-3">
        <h2 id="hired-title" className="text-lg font-semibold">
          {t("hiredTitle")}
        </h2>
        <Alert tone="success">
          {hired.alreadyHired
            ? t("alreadyHired", { name: hired.user.name })
            : t("hiredBody", { name: hired.user.name })}
        </Alert>
        {hired.oneTimePassword ? (
          <OneTimePassword password={hired.oneTimePassword} name={hired.user.name} email={hired.user.email} />
        ) : null}
        <Button asChild>
          <Link href={`/admin/staff/${hired.staff.id}`}>{t("openStaff")}</Link>
        </Button>
      </section>
    );

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t("hire")}</Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={t("hireTitle", { name: app.candidate.name })}
        description={t("hireDescription", { position: app.position.title, department: app.department.name })}
      >
        <form noValidate className="space-y-4" onSubmit={handleSubmit((data) => setConfirming(data))}>
          <FormError message={formState.errors.root?.server?.message} />
          <FormField id="hire-startDate" label={t("startDate")} required error={err("startDate")}>
            {(aria) => <Input {...aria} type="date" {...register("startDate")} />}
          </FormField>
          <FormField
            id="hire-email"
            label={t("signInEmail")}
            hint={t("signInEmailHint")}
            error={err("email")}
          >
            {(aria) => <Input {...aria} type="email" autoComplete="off" {...register("email")} />}
          </FormField>
          <div className="flex gap-2">
            <Button type="submit" disabled={hire.isPending}>
              {hire.isPending ? t("hiring") : t("hireContinue")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              {common("cancel")}
            </Button>
          </div>
        </form>
      </Dialog>
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(o) => {
          if (!o) setConfirming(null);
        }}
        title={t("hireConfirmTitle")}
        description={t("hireConfirmBody", { name: app.candidate.name, date: confirming?.startDate ?? "" })}
        confirmLabel={t("hireConfirm")}
        cancelLabel={common("cancel")}
        destructive={false}
        onConfirm={() => {
          if (confirming) hire.mutate(confirming);
          setConfirming(null);
        }}
      />
    </>
  );
}
