"use client";
import { useRouter } from "next/navigation";
import type { FormEventHandler, ReactNode } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { useMutation } from "@tanstack/react-query";
import { Card } from "@portal/ui";
import { FormActions, FormError } from "./form-actions";
import { useApplyServerError } from "./use-form-errors";

/**
 * Create (without `id`) or update (with it) a resource, then refresh its queries and open its page. Server
 * errors land on their fields; an update's fields come back as `data.<field>`.
 */
export function useSaveResource<TValues extends FieldValues, TOutput>({
  id,
  setError,
  create,
  update,
  refresh,
  href,
}: {
  id?: string;
  setError: UseFormSetError<TValues>;
  create: (data: TOutput) => Promise<{ id: string }>;
  update: (id: string, data: TOutput) => Promise<{ id: string }>;
  refresh: () => Promise<unknown>;
  href: (id: string) => string;
}) {
  const router = useRouter();
  const applyServerError = useApplyServerError();
  const save = useMutation({
    mutationFn: (data: TOutput) => (id ? update(id, data) : create(data)),
    onSuccess: async (saved) => {
      await refresh();
      router.push(href(saved.id));
    },
    onError: (e) => applyServerError(e, setError, id ? "data." : ""),
  });
  return { submit: (data: TOutput) => save.mutate(data), saving: save.isPending };
}

/** A resource's form: card, server error, rows, save and cancel. */
export function ResourceForm({
  onSubmit,
  serverError,
  saving,
  cancelHref,
  children,
}: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  serverError?: string;
  saving: boolean;
  cancelHref: string;
  children: ReactNode;
}) {
  return (
    <Card className="max-w-2xl">
      <form noValidate className="space-y-4" onSubmit={onSubmit}>
        <FormError message={serverError} />
        {children}
        <FormActions saving={saving} cancelHref={cancelHref} />
      </form>
    </Card>
  );
}
