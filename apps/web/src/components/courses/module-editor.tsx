"use client";
import { useTranslations } from "next-intl";
import { Button, Card, ConfirmDialog, FormField, Input } from "@portal/ui";
import { useErrorText } from "@/components/forms/use-form-errors";
import { ItemEditor } from "./item-editor";
import { move, newLesson, newQuiz, newScenario } from "./new-items";
import { AddScenarioFromStory } from "./story-scenario";
import type { Content, FieldErrors } from "./types";

type Module = Content["modules"][number];

/** A module: its title, its items in order, and buttons to add, move and remove items. */
export function ModuleEditor({
  value,
  onChange,
  errors,
  index,
  count,
  onMove,
  onRemove,
}: {
  value: Module;
  onChange: (m: Module) => void;
  errors: FieldErrors;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("courses");
  const common = useTranslations("common");
  const errorText = useErrorText();
  const path = `modules.${index}`;
  const items = value.items;
  const n = index + 1;
  return (
    <Card className="space-y-4" aria-labelledby={`module-${index}-heading`}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h3 id={`module-${index}-heading`} className="text-lg font-semibold">
          {t("moduleN", { n, title: value.title || t("untitled") })}
        </h3>
        <div className="flex gap-2">
          <Button
            type="button"
            size="sm"
            variant="secondary"
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            {t("moveModuleUp", { n })}
          </Button>
          <Button
            type="button"
            size="sm"
            variant="secondary"
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            {t("moveModuleDown", { n })}
          </Button>
          <ConfirmDialog
            trigger={
              <Button type="button" size="sm" variant="danger">
                {t("removeModule", { n })}
              </Button>
            }
            title={t("removeModuleTitle")}
            description={t("removeModuleBody", { count: items.length })}
            confirmLabel={common("delete")}
            cancelLabel={common("cancel")}
            onConfirm={onRemove}
          />
        </div>
      </div>
      <FormField
        id={`m${index}-title`}
        label={t("moduleTitle")}
        required
        error={errorText(errors.get(`${path}.title`))}
      >
        {(aria) => (
          <Input
            {...aria}
            value={value.title}
            onChange={(ev) => onChange({ ...value, title: ev.target.value })}
          />
        )}
      </FormField>
      {items.length === 0 ? <p className="text-sm text-muted">{t("noItems")}</p> : null}
      <ol className="space-y-4">
        {items.map((item, i) => (
          <li key={i} className="rounded-md border border-gray-300 p-4">
            <ItemEditor
              value={item}
              errors={errors}
              path={`${path}.items.${i}`}
              idPrefix={`m${index}-i${i}`}
              onChange={(next) => onChange({ ...value, items: items.map((x, j) => (j === i ? next : x)) })}
            />
            <div className="mt-3 flex flex-wrap gap-2 border-t border-gray-100 pt-3">
              <Button
                type="button"
                size="sm"
                variant="secondary"
                disabled={i === 0}
                onClick={() => onChange({ ...value, items: move(items, i, i - 1) })}
              >
                {t("moveItemUp", { title: item.title || t("untitled") })}
              </Button>
              <Button
                type="button"
                size="sm"
                variant="secondary"
                disabled={i === items.length - 1}
                onClick={() => onChange({ ...value, items: move(items, i, i + 1) })}
              >
                {t("moveItemDown", { title: item.title || t("untitled") })}
              </Button>
              <ConfirmDialog
                trigger={
                  <Button type="button" size="sm" variant="danger">
                    {t("removeItem", { title: item.title || t("untitled") })}
                  </Button>
                }
                title={t("removeItemTitle")}
                description={t("removeItemBody")}
                confirmLabel={common("delete")}
                cancelLabel={common("cancel")}
                onConfirm={() => onChange({ ...value, items: items.filter((_, j) => j !== i) })}
              />
            </div>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          size="sm"
          variant="secondary"
          onClick={() => onChange({ ...value, items: [...items, newLesson("")] })}
        >
          {t("addLesson")}
        </Button>
        <Button
          type="button"
          size="sm"
          variant="secondary"
          onClick={() => onChange({ ...value, items: [...items, newScenario("")] })}
        >
          {t("addScenario")}
        </Button>
        <AddScenarioFromStory onAdd={(item) => onChange({ ...value, items: [...items, item] })} />
        <Button
          type="button"
          size="sm"
          variant="secondary"
          onClick={() => onChange({ ...value, items: [...items, newQuiz("")] })}
        >
          {t("addQuiz")}
        </Button>
      </div>
    </Card>
  );
}
