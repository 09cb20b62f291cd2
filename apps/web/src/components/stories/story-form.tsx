"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { locales, storyBodyFields, storyLimits, storySaveInput } from "@portal/validators";
import { Alert, Button, Card, ConfirmDialog, FormField, Input, PageHeader } from "@portal/ui";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormError } from "@/components/forms/form-actions";
import { InputRow, SelectRow, TextareaRow } from "@/components/forms/form-rows";
import { QueryState } from "@/components/list/query-state";
import { Markdown } from "@/components/learning/markdown";
import { languageName } from "@/i18n/language-name";

type Values = z.input<typeof storySaveInput>;
type Output = z.output<typeof storySaveInput>;

/** The story form, for a new story or (with `id`) the caller's draft or returned story. */
export function StoryEditor({ id }: { id?: string }) {
  const t = useTranslations("stories");
  const errors = useTranslations("errors");
  const trpc = useTRPC();
  const options = useQuery(trpc.stories.options.queryOptions());
  const story = useQuery({ ...trpc.stories.get.queryOptions({ id: id ?? "" }), enabled: !!id });
  const loading = options.isPending || (!!id && story.isPending);
  return (
    <>
      <PageHeader title={id ? t("form.editTitle") : t("form.newTitle")} />
      <QueryState isPending={loading} error={options.error ?? story.error}>
        {story.data && !story.data.can.edit ? (
          <Alert tone="warning">{errors("storyNotEditable")}</Alert>
        ) : options.data && (!id || story.data) ? (
          <StoryForm
            id={id}
            segments={options.data.segments}
            initial={
              story.data
                ? {
                    segmentId: story.data.segment.id,
                    title: story.data.title,
                    situation: story.data.situation,
                    action: story.data.action,
                    outcome: story.data.outcome,
                    lesson: story.data.lesson,
                    tags: story.data.tags,
                    language: story.data.language as (typeof locales)[number],
                    showAuthorName: story.data.showAuthorName,
                  }
                : {
                    segmentId: options.data.defaults.segmentId ?? "",
                    title: "",
                    situation: "",
                    action: "",
                    outcome: "",
                    lesson: "",
                    tags: [],
                    language: options.data.defaults.language,
                    showAuthorName: false,
                  }
            }
            returnedComment={story.data?.status === "RETURNED" ? story.data.moderationComment : null}
          />
        ) : null}
      </QueryState>
    </>
  );
}

function StoryForm({
  id,
  initial,
  segments,
  returnedComment,
}: {
  id?: string;
  initial: Values;
  segments: { id: string; name: string }[];
  returnedComment: string | null;
}) {
  const t = useTranslations("stories");
  const locale = useLocale();
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [preview, setPreview] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(storySaveInput),
    defaultValues: initial,
  });
  const { register, handleSubmit, formState, setError, control, watch } = form;
  const err = (name: keyof Values) => errorText(formState.errors[name]?.message);

  const save = useMutation({
    mutationFn: async ({ data, submit }: { data: Output; submit: boolean }) => {
      const story = await client.stories.save.mutate({ ...data, id });
      if (submit) await client.stories.submit.mutate({ id: story.id });
      return { ...story, submitted: submit };
    },
    onSuccess: async (story) => {
      await queryClient.invalidateQueries(trpc.stories.pathFilter());
      if (story.submitted) router.push(`/stories/${story.id}`);
      else if (!id) router.replace(`/stories/${story.id}/edit`);
      else setSaved(true);
    },
    onError: (e) => applyServerError(e, setError),
  });
  const onSave = handleSubmit((data) => {
    setSaved(false);
    save.mutate({ data, submit: false });
  });
  const onSubmitStory = handleSubmit((data) => save.mutate({ data, submit: true }));
  const values = watch();

  return (
    <Card className="max-w-3xl">
      <form noValidate className="space-y-4" onSubmit={(e) => void onSave(e)}>
        {returnedComment ? (
          <Alert tone="warning">{t("form.returned", { comment: returnedComment })}</Alert>
        ) : null}
        <FormError message={formState.errors.root?.server?.message} />
        {saved ? (
          <Alert tone="success" role="status">
            {t("form.saved")}
          </Alert>
        ) : null}
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <SelectRow
            id="segmentId"
            label={t("fields.segment")}
            required
            error={err("segmentId")}
            placeholder={t("form.chooseSegment")}
            options={segments.map((s) => ({ value: s.id, label: s.name }))}
            {...register("segmentId")}
          />
          <SelectRow
            id="language"
            label={t("fields.language")}
            hint={t("fields.languageHint")}
            error={err("language")}
            options={locales.map((l) => ({ value: l, label: languageName(locale, l) }))}
            {...register("language")}
          />
        </div>
        <InputRow
          id="title"
          label={t("fields.title")}
          required
          maxLength={storyLimits.title}
          error={err("title")}
          {...register("title")}
        />
        <div role="group" aria-label={t("form.markdownHint")} className="flex gap-2">
          <Button
            type="button"
            size="sm"
            variant={preview ? "secondary" : "primary"}
            aria-pressed={!preview}
            onClick={() => setPreview(false)}
          >
            {t("form.write")}
          </Button>
          <Button
            type="button"
            size="sm"
            variant={preview ? "primary" : "secondary"}
            aria-pressed={preview}
            onClick={() => setPreview(true)}
          >
            {t("form.preview")}
          </Button>
        </div>
        <p className="text-sm text-muted">{t("form.markdownHint")}</p>
        {storyBodyFields.map((field) =>
          preview ? (
            <section key={field} aria-labelledby={`preview-${field}`} className="space-y-1">
              <h2 id={`preview-${field}`} className="text-base font-semibold">
                {t(`fields.${field}`)}
              </h2>
              {errorText(formState.errors[field]?.message) ? (
                <p className="text-sm text-danger">{errorText(formState.errors[field]?.message)}</p>
              ) : null}
              {values[field]?.trim() ? (
                <div lang={values.language}>
                  <Markdown source={values[field] ?? ""} />
                </div>
              ) : (
                <p className="text-sm text-muted">{t("form.previewEmpty")}</p>
              )}
            </section>
          ) : (
            <TextareaRow
              key={field}
              id={field}
              label={t(`fields.${field}`)}
              hint={t(`fields.${field}Hint`)}
              rows={5}
              maxLength={storyLimits.body}
              error={err(field)}
              {...register(field)}
            />
          ),
        )}
        <Controller
          control={control}
          name="tags"
          render={({ field, fieldState }) => (
            <FormField
              id="tags"
              label={t("fields.tags")}
              hint={t("fields.tagsHint")}
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
        <Controller
          control={control}
          name="showAuthorName"
          render={({ field }) => (
            <fieldset className="space-y-2" aria-describedby="showAs-hint">
              <legend className="text-sm font-medium text-ink">{t("fields.showAs")}</legend>
              {[
                { value: false, label: t("fields.showDepartment") },
                { value: true, label: t("fields.showName") },
              ].map((o) => (
                <label key={String(o.value)} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="showAuthorName"
                    checked={field.value === o.value}
                    onChange={() => field.onChange(o.value)}
                  />
                  {o.label}
                </label>
              ))}
              <p id="showAs-hint" className="text-sm text-muted">
                {t("fields.showAsHint")}
              </p>
            </fieldset>
          )}
        />
        <div className="flex flex-wrap gap-2 pt-2">
          <Button type="submit" variant="secondary" disabled={save.isPending}>
            {t("form.saveDraft")}
          </Button>
          <Button type="button" disabled={save.isPending} onClick={() => setConfirming(true)}>
            {t("form.submit")}
          </Button>
          <Button asChild variant="ghost">
            <Link href={id ? `/stories/${id}` : "/stories/mine"}>{t("form.cancel")}</Link>
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("form.submitTitle")}
        description={t("form.submitBody")}
        confirmLabel={t("form.submit")}
        cancelLabel={t("form.cancel")}
        destructive={false}
        onConfirm={() => void onSubmitStory()}
      />
    </Card>
  );
}
