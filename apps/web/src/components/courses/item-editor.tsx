"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge, Button, FormField, Input, Textarea } from "@portal/ui";
import { useErrorText } from "@/components/forms/use-form-errors";
import { Markdown } from "./markdown";
import { QuizEditor } from "./quiz-editor";
import { ScenarioEditor } from "./scenario-editor";
import { FromStoryNote } from "./story-scenario";
import type { FieldErrors, Item } from "./types";

/** Title and duration for every kind, then the kind's own fields. */
export function ItemEditor({
  value,
  onChange,
  errors,
  path,
  idPrefix,
}: {
  value: Item;
  onChange: (i: Item) => void;
  errors: FieldErrors;
  path: string;
  idPrefix: string;
}) {
  const t = useTranslations("courses");
  const errorText = useErrorText();
  const [preview, setPreview] = useState(false);
  const e = (...p: string[]) => errorText(errors.get([path, ...p].join(".")));
  return (
    <div className="space-y-3">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[1fr_10rem]">
        <FormField
          id={`${idPrefix}-title`}
          label={
            <>
              {t("itemTitle")} <Badge tone="info">{t(`itemKind.${value.kind}`)}</Badge>
            </>
          }
          required
          error={e("title")}
        >
          {(aria) => (
            <Input
              {...aria}
              value={value.title}
              onChange={(ev) => onChange({ ...value, title: ev.target.value })}
            />
          )}
        </FormField>
        <FormField id={`${idPrefix}-duration`} label={t("duration")} error={e("durationMinutes")}>
          {(aria) => (
            <Input
              {...aria}
              type="number"
              min={0}
              max={600}
              value={value.durationMinutes ?? 5}
              onChange={(ev) => onChange({ ...value, durationMinutes: Number(ev.target.value) })}
            />
          )}
        </FormField>
      </div>
      {value.kind === "LESSON" ? (
        <div className="space-y-2">
          <div className="flex justify-end">
            <Button type="button" size="sm" variant="secondary" onClick={() => setPreview(!preview)}>
              {preview ? t("editMarkdown") : t("previewMarkdown")}
            </Button>
          </div>
          {preview ? (
            <div
              className="rounded-md border border-gray-200 p-3"
              aria-label={t("previewOf", { title: value.title })}
              role="region"
            >
              {value.body.trim() ? (
                <Markdown source={value.body} />
              ) : (
                <p className="text-sm text-muted">{t("emptyBody")}</p>
              )}
            </div>
          ) : (
            <FormField
              id={`${idPrefix}-body`}
              label={t("lessonBody")}
              hint={t("lessonBodyHint")}
              required
              error={e("body")}
            >
              {(aria) => (
                <Textarea
                  {...aria}
                  rows={8}
                  className="font-mono"
                  value={value.body}
                  onChange={(ev) => onChange({ ...value, body: ev.target.value })}
                />
              )}
            </FormField>
          )}
        </div>
      ) : value.kind === "SCENARIO" ? (
        <>
          {value.sourceStoryId ? <FromStoryNote storyId={value.sourceStoryId} /> : null}
          <ScenarioEditor
            value={value.content}
            onChange={(content) => onChange({ ...value, content })}
            errors={errors}
            path={`${path}.content`}
            idPrefix={idPrefix}
          />
        </>
      ) : (
        <QuizEditor
          value={value.content}
          onChange={(content) => onChange({ ...value, content })}
          errors={errors}
          path={`${path}.content`}
          idPrefix={idPrefix}
        />
      )}
    </div>
  );
}
