"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { staffUpdateData } from "@portal/validators";
import { Alert, Card } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormActions, FormError } from "@/components/forms/form-actions";
import { PlacementFields } from "./placement-fields";

type Values = z.input<typeof staffUpdateData>;
type Output = z.output<typeof staffUpdateData>;

export function StaffEditForm({ id, initial }: { id: string; initial: Output }) {
  const t = useTranslations("staff");
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(staffUpdateData),
    defaultValues: { ...initial, positionId: initial.positionId ?? "" },
  });
  const { register, handleSubmit, formState, setError, watch, setValue } = form;
  const update = useMutation(
    trpc.staff.update.mutationOptions({
      onMutate: () => setSaved(false),
      onSuccess: async () => {
        setSaved(true);
        await queryClient.invalidateQueries(trpc.staff.pathFilter());
      },
      onError: (e) => applyServerError(e, setError),
    }),
  );
  const err = (name: keyof Values) => errorText(formState.errors[name]?.message);
  return (
    <Card className="max-w-2xl">
      <form noValidate className="space-y-4" onSubmit={handleSubmit((data) => update.mutate({ id, data }))}>
        <FormError message={formState.errors.root?.server?.message} />
        {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
        <PlacementFields
          departmentId={watch("departmentId")}
          current={{ departmentId: initial.departmentId, positionId: initial.positionId }}
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
        <FormActions saving={update.isPending} cancelHref="/admin/staff" />
      </form>
    </Card>
  );
}
