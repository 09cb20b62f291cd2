"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Controller, useForm, type Control } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { feedbackEdit, feedbackInput, feedbackKinds, feedbackTagsMax } from "@portal/validators";
import { FormField, Input } from "@portal/ui";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { SelectRow, TextareaRow } from "@/components/forms/form-rows";
import { ResourceForm } from "@/components/forms/resource-form";
import { QueryState } from "@/components/list/query-state";

type Values = z.input<typeof feedbackInput>;
type Output = z.output<typeof feedbackInput>;

const editFields = feedbackEdit.pick({ kind: true, tags: true, text: true });
type EditValues = z.input<typeof editFields>;
type EditOutput = z.output<typeof editFields>;

/** Tags as typed, comma-separated; the server keeps them trimmed, lower-case and once each. */
function TagsField<T extends { tags?: string[] | undefined }>({
  control,
  errorText,
}: {
  control: Control<T>;
  errorText: (message: string | undefined) => string | undefined;
}) {
  const t = useTranslations("feedback");
  return (
    <Controller
      control={control as unknown as Control<{ tags?: string[] }>}
      name="tags"
      render={({ field, fieldState }) => (
        <FormField
          id="tags"
          label={t("form.tags")}
          hint={t("form.tagsHint", { max: feedbackTagsMax })}
          error={errorText(fieldState.error?.message)}
        >
          {(aria) => (
            <Input
              {...aria}
              defaultValue={(field.value ?? []).join(", ")}
              onBlur={field.onBlur}
              onChange={(e) =>
                field.onChange(
                  e.target.value
                    .split(",")
                    .map((s) => s.trim())
                    .filter(Boolean),
                )
              }
            />
          )}
        </FormField>
      )}
    />
  );
}

/** File feedback: the segment, the kind, tags and what the customer said, as the author heard it. */
export function FeedbackForm() {
  const t = useTranslations("feedback");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const segments = useQuery(trpc.segments.options.queryOptions());
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(feedbackInput),
    defaultValues: { segmentId: "", kind: "NEED", tags: [], text: "" },
  });
  const { register, handleSubmit, formState, setError, control } = form;
  const router = useRouter();
  const applyServerError = useApplyServerError();
  const create = useMutation({
    mutationFn: (data: Output) => client.feedback.create.mutate(data),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries(trpc.feedback.pathFilter());
      router.push(`/feedback/${saved.id}`);
    },
    onError: (e) => applyServerError(e, setError),
  });
  const err = (name: keyof Values) => errorText(formState.errors[name]?.message);
  return (
    <QueryState isPending={segments.isPending} error={segments.error} onRetry={() => void segments.refetch()}>
      <ResourceForm
        onSubmit={handleSubmit((data) => create.mutate(data))}
        serverError={formState.errors.root?.server?.message}
        saving={create.isPending}
        cancelHref="/feedback"
      >
        <SelectRow
          id="segmentId"
          label={t("form.segment")}
          hint={t("form.segmentHint")}
          required
          placeholder={t("form.chooseSegment")}
          error={err("segmentId")}
          options={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          {...register("segmentId")}
        />
        <SelectRow
          id="kind"
          label={t("form.kind")}
          required
          error={err("kind")}
          options={feedbackKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          {...register("kind")}
        />
        <TextareaRow
          id="text"
          label={t("form.text")}
          hint={t("form.textHint")}
          required
          rows={6}
          error={err("text")}
          {...register("text")}
        />
        <TagsField control={control} errorText={errorText} />
      </ResourceForm>
    </QueryState>
  );
}

/** The author's edit of their item; the version they started from goes with it (an edit made meanwhile wins). */
export function FeedbackEditForm({ id }: { id: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.feedback.byId.queryOptions({ id }));
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {query.data ? (
        <EditForm
          id={id}
          version={query.data.version}
          initial={{ kind: query.data.kind, tags: query.data.tags, text: query.data.text }}
        />
      ) : null}
    </QueryState>
  );
}

function EditForm({ id, version, initial }: { id: string; version: number; initial: EditValues }) {
  const t = useTranslations("feedback");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const form = useForm<EditValues, unknown, EditOutput>({
    resolver: zodResolver(editFields),
    defaultValues: initial,
  });
  const { register, handleSubmit, formState, setError, control } = form;
  const router = useRouter();
  const applyServerError = useApplyServerError();
  const save = useMutation({
    mutationFn: (data: EditOutput) => client.feedback.update.mutate({ id, version, ...data }),
    onSuccess: async () => {
      await queryClient.invalidateQueries(trpc.feedback.pathFilter());
      router.push(`/feedback/${id}`);
    },
    onError: (e) => applyServerError(e, setError),
  });
  const err = (name: keyof EditValues) => errorText(formState.errors[name]?.message);
  return (
    <ResourceForm
      onSubmit={handleSubmit((data) => save.mutate(data))}
      serverError={formState.errors.root?.server?.message}
      saving={save.isPending}
      cancelHref={`/feedback/${id}`}
    >
      <SelectRow
        id="kind"
        label={t("form.kind")}
        required
        error={err("kind")}
        options={feedbackKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        {...register("kind")}
      />
      <TextareaRow
        id="text"
        label={t("form.text")}
        hint={t("edit.textHint")}
        required
        rows={6}
        error={err("text")}
        {...register("text")}
      />
      <TagsField control={control} errorText={errorText} />
    </ResourceForm>
  );
}
