"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { cefrLevels, staffAssessmentInput, type StaffAssessmentInput } from "@portal/validators";
import { Alert, Button, Card, FormField, Input, Select, Textarea } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormError } from "@/components/forms/form-actions";
import type { PersonItem, RequirementSummary } from "./types";
import { useReadinessText } from "./use-readiness-text";

type Assessable = Extract<PersonItem, { kind: "requirement" }> & {
  summary: RequirementSummary & { kind: Exclude<RequirementSummary["kind"], "EXPERTISE"> };
};
const isAssessable = (i: PersonItem): i is Assessable =>
  i.kind === "requirement" && i.summary.kind !== "EXPERTISE";

/** One flat set of fields; only those of the chosen requirement's kind are shown and sent. */
type Values = {
  key: string;
  years: string;
  language: string;
  cefr: string;
  certification: string;
  held: boolean;
  expiresAt: string;
  criterion: string;
  rating: string;
  note: string;
};
type Field = Exclude<keyof Values, "key">;

function toInput(
  staffMemberId: string,
  kind: Assessable["summary"]["kind"],
  v: Values,
): StaffAssessmentInput {
  switch (kind) {
    case "EXPERIENCE":
      return { staffMemberId, kind, years: Number(v.years), note: v.note };
    case "LANGUAGE":
      // The select offers only CEFR levels; the schema still checks the value.
      return {
        staffMemberId,
        kind,
        language: v.language,
        cefr: v.cefr as (typeof cefrLevels)[number],
        note: v.note,
      };
    case "CERTIFICATION":
      return {
        staffMemberId,
        kind,
        certification: v.certification,
        held: v.held,
        expiresAt: v.held && v.expiresAt ? v.expiresAt : null,
        note: v.note,
      };
    case "CRITERION":
      return { staffMemberId, kind, criterion: v.criterion, rating: Number(v.rating), note: v.note };
  }
}

/**
 * Record an assessment for a requirement expertise levels do not cover. Picking a requirement fills in its
 * subject (language, certification, criterion) so the assessment counts for exactly that requirement.
 */
export function AssessForm({ staffMemberId, items }: { staffMemberId: string; items: PersonItem[] }) {
  const t = useTranslations("readiness.assess");
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const text = useReadinessText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const assessable = items.filter(isAssessable);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({
    defaultValues: {
      key: "",
      years: "",
      language: "",
      cefr: "B2",
      certification: "",
      held: true,
      expiresAt: "",
      criterion: "",
      rating: "",
      note: "",
    },
  });
  const { register, handleSubmit, formState, setError, setValue, watch, clearErrors } = form;
  const chosen = assessable.find((i) => i.key === watch("key"));
  const save = useMutation(
    trpc.readiness.assess.mutationOptions({
      onMutate: () => setSaved(false),
      onSuccess: async () => {
        setSaved(true);
        await queryClient.invalidateQueries(trpc.readiness.pathFilter());
      },
      onError: (e) => applyServerError(e, setError),
    }),
  );
  if (assessable.length === 0) return null;

  const submit = handleSubmit((values) => {
    if (!chosen) return setError("key", { message: "validation.choose" });
    // An empty number box would read as 0: ask for a value instead.
    const blank =
      chosen.summary.kind === "EXPERIENCE" ? "years" : chosen.summary.kind === "CRITERION" ? "rating" : null;
    if (blank && values[blank].trim() === "") return setError(blank, { message: "validation.required" });
    const parsed = staffAssessmentInput.safeParse(toInput(staffMemberId, chosen.summary.kind, values));
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        setError(String(issue.path[0]) as Field, { message: issue.message });
      return;
    }
    save.mutate(toInput(staffMemberId, chosen.summary.kind, values));
  });
  const err = (name: keyof Values) => errorText(formState.errors[name]?.message);
  const keyField = register("key");
  const kind = chosen?.summary.kind;

  return (
    <Card aria-labelledby="assess-title" className="space-y-3">
      <h2 id="assess-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-muted">{t("description")}</p>
      <form noValidate className="space-y-4" onSubmit={(e) => void submit(e)}>
        <FormError message={formState.errors.root?.server?.message} />
        {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
        <FormField id="assess-key" label={t("choose")} required error={err("key")}>
          {(aria) => (
            <Select
              {...aria}
              {...keyField}
              onChange={(e) => {
                void keyField.onChange(e);
                clearErrors();
                setSaved(false);
                const item = assessable.find((i) => i.key === e.target.value);
                if (!item) return;
                const s = item.summary;
                setValue("language", s.language ?? "");
                setValue("cefr", s.cefr ?? "B2");
                setValue("certification", s.certification ?? "");
                setValue("criterion", s.criterion ?? "");
                setValue("years", s.years !== null ? String(s.years) : "");
                setValue("rating", s.rating !== null ? String(s.rating) : "");
              }}
            >
              <option value="">{t("chooseOne")}</option>
              {assessable.map((i) => (
                <option
                  key={i.key}
                  value={i.key}
                >{`${text.name(i.summary)} (${text.target(i.summary)})`}</option>
              ))}
            </Select>
          )}
        </FormField>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          {kind === "EXPERIENCE" ? (
            <FormField id="assess-years" label={t("years")} required error={err("years")}>
              {(aria) => <Input {...aria} type="number" min={0} max={60} {...register("years")} />}
            </FormField>
          ) : null}
          {kind === "LANGUAGE" ? (
            <>
              <FormField id="assess-language" label={t("language")} required error={err("language")}>
                {(aria) => <Input {...aria} readOnly {...register("language")} />}
              </FormField>
              <FormField id="assess-cefr" label={t("cefr")} required error={err("cefr")}>
                {(aria) => (
                  <Select {...aria} {...register("cefr")}>
                    {cefrLevels.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </Select>
                )}
              </FormField>
            </>
          ) : null}
          {kind === "CERTIFICATION" ? (
            <>
              <FormField
                id="assess-certification"
                label={t("certification")}
                required
                error={err("certification")}
              >
                {(aria) => <Input {...aria} readOnly {...register("certification")} />}
              </FormField>
              <label className="flex items-center gap-2 self-end pb-2 text-sm">
                <input type="checkbox" {...register("held")} />
                {t("held")}
              </label>
              <FormField
                id="assess-expires"
                label={t("expiresAt")}
                hint={t("expiresHint")}
                error={err("expiresAt")}
              >
                {(aria) => <Input {...aria} type="date" {...register("expiresAt")} />}
              </FormField>
            </>
          ) : null}
          {kind === "CRITERION" ? (
            <>
              <FormField id="assess-criterion" label={t("criterion")} required error={err("criterion")}>
                {(aria) => <Input {...aria} readOnly {...register("criterion")} />}
              </FormField>
              <FormField id="assess-rating" label={t("rating")} required error={err("rating")}>
                {(aria) => <Input {...aria} type="number" min={1} max={5} {...register("rating")} />}
              </FormField>
            </>
          ) : null}
        </div>
        {kind ? (
          <FormField id="assess-note" label={t("note")} error={err("note")}>
            {(aria) => <Textarea {...aria} rows={2} {...register("note")} />}
          </FormField>
        ) : null}
        <Button type="submit" disabled={save.isPending || !kind}>
          {t("save")}
        </Button>
      </form>
    </Card>
  );
}
