"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { courseDetailsInput, quizFeedbackLevels } from "@portal/validators";
import { Button, Card, FormField, Input, Select, Textarea } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormActions, FormError } from "@/components/forms/form-actions";
import { TagPicker } from "./tag-picker";

type Values = z.input<typeof courseDetailsInput>;
type Output = z.output<typeof courseDetailsInput>;

/** Title, summary and tags. Creating goes to the new course's page; editing stays and shows "saved". */
export function CourseDetailsForm({
  id,
  initial,
  disabled,
}: {
  id?: string;
  initial?: Values;
  disabled?: boolean;
}) {
  const t = useTranslations("courses");
  const common = useTranslations("common");
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const segments = useQuery(trpc.segments.options.queryOptions());
  const departments = useQuery(trpc.departments.options.queryOptions());
  const positions = useQuery(trpc.positions.options.queryOptions({}));
  const departmentName = new Map((departments.data ?? []).map((d) => [d.id, d.name]));
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(courseDetailsInput),
    defaultValues: {
      title: "",
      summary: "",
      feedbackAfterFail: "WRONG_QUESTIONS",
      feedbackAfterPass: "CORRECT_ANSWERS",
      segmentIds: [],
      departmentIds: [],
      positionIds: [],
      ...initial,
    },
  });
  const { register, handleSubmit, formState, setError, control, reset } = form;
  const create = useMutation(
    trpc.courses.create.mutationOptions({
      onSuccess: async (course) => {
        await queryClient.invalidateQueries(trpc.courses.pathFilter());
        router.push(`/learning/courses/${course.id}?tab=content`);
      },
      onError: (e) => applyServerError(e, setError),
    }),
  );
  const update = useMutation(
    trpc.courses.updateDetails.mutationOptions({
      onSuccess: async (_r, input) => {
        reset(input.data);
        await queryClient.invalidateQueries(trpc.courses.pathFilter());
      },
      onError: (e) => applyServerError(e, setError, "data."),
    }),
  );
  const saving = create.isPending || update.isPending;
  const err = (name: keyof Values) => errorText(formState.errors[name]?.message);
  return (
    <Card className="max-w-3xl">
      <form
        noValidate
        className="space-y-4"
        onSubmit={handleSubmit((data) => (id ? update.mutate({ id, data }) : create.mutate(data)))}
      >
        <FormError message={formState.errors.root?.server?.message} />
        {update.isSuccess && !formState.isDirty ? (
          <p role="status" className="text-sm text-green-800">
            {t("detailsSaved")}
          </p>
        ) : null}
        <FormField id="title" label={t("courseTitle")} required error={err("title")}>
          {(aria) => <Input {...aria} autoComplete="off" disabled={disabled} {...register("title")} />}
        </FormField>
        <FormField id="summary" label={t("summary")} error={err("summary")}>
          {(aria) => <Textarea {...aria} rows={3} disabled={disabled} {...register("summary")} />}
        </FormField>
        <fieldset className="space-y-3">
          <legend className="font-medium">{t("feedbackLegend")}</legend>
          <p className="text-sm text-muted">{t("feedbackHint")}</p>
          <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
            {(["feedbackAfterFail", "feedbackAfterPass"] as const).map((name) => (
              <FormField key={name} id={name} label={t(name)} error={err(name)}>
                {(aria) => (
                  <Select {...aria} disabled={disabled} {...register(name)}>
                    {quizFeedbackLevels.map((level) => (
                      <option key={level} value={level}>
                        {t(`feedbackLevel.${level}`)}
                      </option>
                    ))}
                  </Select>
                )}
              </FormField>
            ))}
          </div>
        </fieldset>
        <p className="text-sm text-muted">{t("tagsHint")}</p>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
          <Controller
            control={control}
            name="segmentIds"
            render={({ field }) => (
              <TagPicker
                legend={t("segments")}
                value={field.value ?? []}
                onChange={field.onChange}
                options={(segments.data ?? []).map((s) => ({ id: s.id, label: s.name }))}
              />
            )}
          />
          <Controller
            control={control}
            name="departmentIds"
            render={({ field }) => (
              <TagPicker
                legend={t("departments")}
                value={field.value ?? []}
                onChange={field.onChange}
                options={(departments.data ?? []).map((d) => ({ id: d.id, label: d.name }))}
              />
            )}
          />
          <Controller
            control={control}
            name="positionIds"
            render={({ field }) => (
              <TagPicker
                legend={t("positions")}
                value={field.value ?? []}
                onChange={field.onChange}
                options={(positions.data ?? []).map((p) => ({
                  id: p.id,
                  label: `${p.title} (${departmentName.get(p.departmentId) ?? ""})`,
                }))}
              />
            )}
          />
        </div>
        {disabled ? null : id ? (
          <Button type="submit" disabled={saving}>
            {saving ? common("saving") : t("saveDetails")}
          </Button>
        ) : (
          <FormActions saving={saving} cancelHref="/learning/courses" submitLabel={t("create")} />
        )}
      </form>
    </Card>
  );
}
