"use client";
import { ArrowDown, ArrowUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { useLevelLabel } from "@/i18n/enum-labels";
import { useFieldArray, useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  cefrLevels,
  duplicateRequirementIssues,
  profileSaveInput,
  requirementKinds,
  type RequirementKindValue,
} from "@portal/validators";
import { Alert, Button, Card, FormField, Input, Select, Textarea } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormError } from "@/components/forms/form-actions";
import type { ProfileView, RequirementView } from "./types";

/** A row of the editor: every kind's fields as text, so switching the kind keeps what was typed. */
type Row = {
  kind: RequirementKindValue;
  weight: string;
  mustHave: boolean;
  segmentId: string;
  level: string;
  years: string;
  language: string;
  cefr: string;
  certification: string;
  criterion: string;
  rating: string;
};
type Values = { note: string; requirements: Row[] };

const emptyRow = (kind: RequirementKindValue = "EXPERTISE"): Row => ({
  kind,
  weight: "10",
  mustHave: false,
  segmentId: "",
  level: "2",
  years: "1",
  language: "",
  cefr: "B2",
  certification: "",
  criterion: "",
  rating: "3",
});

const fromView = (r: RequirementView): Row => ({
  kind: r.kind,
  weight: String(r.weight),
  mustHave: r.mustHave,
  segmentId: r.segmentId ?? "",
  level: String(r.level ?? 2),
  years: String(r.years ?? 1),
  language: r.language ?? "",
  cefr: r.cefr ?? "B2",
  certification: r.certification ?? "",
  criterion: r.criterion ?? "",
  rating: String(r.rating ?? 3),
});

/** Only the chosen kind's fields go to the server (the shared schema validates them). */
function toInput(row: Row) {
  const base = { weight: row.weight, mustHave: row.mustHave };
  switch (row.kind) {
    case "EXPERTISE":
      return { ...base, kind: row.kind, segmentId: row.segmentId, level: row.level };
    case "EXPERIENCE":
      return { ...base, kind: row.kind, years: row.years };
    case "LANGUAGE":
      return { ...base, kind: row.kind, language: row.language, cefr: row.cefr };
    case "CERTIFICATION":
      return { ...base, kind: row.kind, certification: row.certification };
    case "CRITERION":
      return { ...base, kind: row.kind, criterion: row.criterion, rating: row.rating };
  }
}

const parse = (positionId: string, values: Values) =>
  profileSaveInput.safeParse({
    positionId,
    note: values.note,
    requirements: values.requirements.map(toInput),
  });

/** The shared schema plus the duplicate rule, with errors placed on the rows' fields. */
const resolverFor =
  (positionId: string): Resolver<Values> =>
  (values) => {
    const parsed = parse(positionId, values);
    const issues = parsed.success
      ? duplicateRequirementIssues(parsed.data.requirements)
      : parsed.error.issues;
    if (issues.length === 0) return { values, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of issues) {
      let node = errors;
      const path = issue.path.map(String);
      path.forEach((key, i) => {
        if (i === path.length - 1) node[key] ??= { type: "validation", message: issue.message };
        else node = (node[key] ??= {}) as Record<string, unknown>;
      });
    }
    return { values: {}, errors: errors as FieldErrors<Values> };
  };

/** HR and ADMIN edit the requirement list; saving follows the versioning rule on the server. */
export type SaveOutcome = { outcome: "created" | "replaced" | "unchanged"; version: number };

/** `outcome` lives in the page: the editor remounts when a save creates a new version. */
export function ProfileEditor({
  profile,
  outcome,
  onOutcome,
}: {
  profile: ProfileView;
  outcome: SaveOutcome | null;
  onOutcome: (outcome: SaveOutcome | null) => void;
}) {
  const t = useTranslations("profiles");
  const common = useTranslations("common");
  const levelLabel = useLevelLabel();
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const segments = useQuery(trpc.segments.options.queryOptions());
  const positionId = profile.position.id;
  const form = useForm<Values>({
    resolver: resolverFor(positionId),
    defaultValues: {
      note: profile.current?.note ?? "",
      requirements: (profile.current?.requirements ?? []).map(fromView),
    },
  });
  const { register, handleSubmit, formState, setError, control, watch } = form;
  const rows = useFieldArray({ control, name: "requirements" });
  const save = useMutation(
    trpc.profiles.save.mutationOptions({
      onMutate: () => onOutcome(null),
      onSuccess: async (r) => {
        onOutcome({ outcome: r.outcome, version: r.version });
        form.reset(form.getValues());
        await queryClient.invalidateQueries(trpc.profiles.pathFilter());
      },
      onError: (e) => applyServerError(e, setError),
    }),
  );
  const screened = profile.versions[0]?.applicationCount ?? 0;
  const currentVersion = profile.current?.version;
  const rowError = (i: number, field: keyof Row) =>
    errorText(formState.errors.requirements?.[i]?.[field]?.message);
  const kinds = watch("requirements");

  return (
    <Card>
      <form
        noValidate
        className="space-y-4"
        aria-label={t("requirements")}
        onSubmit={handleSubmit((values) => {
          const parsed = parse(positionId, values);
          if (parsed.success) save.mutate(parsed.data);
        })}
      >
        <h2 className="font-semibold">{t("requirements")}</h2>
        <FormError message={formState.errors.root?.server?.message} />
        {outcome ? (
          <Alert tone={outcome.outcome === "unchanged" ? "info" : "success"}>
            {t(`outcome.${outcome.outcome}`, { version: outcome.version })}
          </Alert>
        ) : null}
        {screened > 0 && currentVersion ? (
          <Alert tone="warning">
            {t("screenedNotice", { count: screened, version: currentVersion, next: currentVersion + 1 })}
          </Alert>
        ) : null}
        {rows.fields.length === 0 ? <p className="text-sm text-muted">{t("noRequirementsHint")}</p> : null}
        <ol className="space-y-4">
          {rows.fields.map((field, i) => {
            const kind = kinds[i]?.kind ?? field.kind;
            const id = (name: string) => `req-${i}-${name}`;
            const n = i + 1;
            return (
              <li key={field.id} className="rounded-md border border-gray-200 p-4">
                <fieldset className="space-y-3">
                  <legend className="text-sm font-semibold">{t("requirementN", { n })}</legend>
                  <div className="grid grid-cols-1 gap-3 sm:grid-cols-4">
                    <FormField id={id("kind")} label={t("kind")} required>
                      {(aria) => (
                        <Select {...aria} {...register(`requirements.${i}.kind`)}>
                          {requirementKinds.map((k) => (
                            <option key={k} value={k}>
                              {t(`kinds.${k}`)}
                            </option>
                          ))}
                        </Select>
                      )}
                    </FormField>
                    {kind === "EXPERTISE" ? (
                      <>
                        <FormField
                          id={id("segmentId")}
                          label={t("segment")}
                          required
                          error={rowError(i, "segmentId")}
                        >
                          {(aria) => (
                            <Select {...aria} {...register(`requirements.${i}.segmentId`)}>
                              <option value="">{t("chooseSegment")}</option>
                              {(segments.data ?? []).map((s) => (
                                <option key={s.id} value={s.id}>
                                  {s.name}
                                </option>
                              ))}
                            </Select>
                          )}
                        </FormField>
                        <FormField id={id("level")} label={t("level")} required error={rowError(i, "level")}>
                          {(aria) => (
                            <Select {...aria} {...register(`requirements.${i}.level`)}>
                              {[1, 2, 3, 4].map((l) => (
                                <option key={l} value={l}>
                                  {levelLabel(l)}
                                </option>
                              ))}
                            </Select>
                          )}
                        </FormField>
                      </>
                    ) : null}
                    {kind === "EXPERIENCE" ? (
                      <FormField id={id("years")} label={t("years")} required error={rowError(i, "years")}>
                        {(aria) => (
                          <Input
                            {...aria}
                            type="number"
                            min={1}
                            max={60}
                            {...register(`requirements.${i}.years`)}
                          />
                        )}
                      </FormField>
                    ) : null}
                    {kind === "LANGUAGE" ? (
                      <>
                        <FormField
                          id={id("language")}
                          label={t("language")}
                          hint={t("languageHint")}
                          required
                          error={rowError(i, "language")}
                        >
                          {(aria) => (
                            <Input
                              {...aria}
                              maxLength={2}
                              autoComplete="off"
                              {...register(`requirements.${i}.language`)}
                            />
                          )}
                        </FormField>
                        <FormField id={id("cefr")} label={t("cefr")} required error={rowError(i, "cefr")}>
                          {(aria) => (
                            <Select {...aria} {...register(`requirements.${i}.cefr`)}>
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
                      <div className="sm:col-span-2">
                        <FormField
                          id={id("certification")}
                          label={t("certification")}
                          required
                          error={rowError(i, "certification")}
                        >
                          {(aria) => <Input {...aria} {...register(`requirements.${i}.certification`)} />}
                        </FormField>
                      </div>
                    ) : null}
                    {kind === "CRITERION" ? (
                      <>
                        <FormField
                          id={id("criterion")}
                          label={t("criterion")}
                          required
                          error={rowError(i, "criterion")}
                        >
                          {(aria) => <Input {...aria} {...register(`requirements.${i}.criterion`)} />}
                        </FormField>
                        <FormField
                          id={id("rating")}
                          label={t("rating")}
                          required
                          error={rowError(i, "rating")}
                        >
                          {(aria) => (
                            <Select {...aria} {...register(`requirements.${i}.rating`)}>
                              {[1, 2, 3, 4, 5].map((r) => (
                                <option key={r} value={r}>
                                  {r}
                                </option>
                              ))}
                            </Select>
                          )}
                        </FormField>
                      </>
                    ) : null}
                  </div>
                  <div className="flex flex-wrap items-end gap-4">
                    <div className="w-40">
                      <FormField id={id("weight")} label={t("weight")} required error={rowError(i, "weight")}>
                        {(aria) => (
                          <Input
                            {...aria}
                            type="number"
                            min={1}
                            max={100}
                            {...register(`requirements.${i}.weight`)}
                          />
                        )}
                      </FormField>
                    </div>
                    <label className="flex items-center gap-2 pb-2 text-sm" htmlFor={id("mustHave")}>
                      <input
                        id={id("mustHave")}
                        type="checkbox"
                        className="h-4 w-4"
                        {...register(`requirements.${i}.mustHave`)}
                      />
                      {t("mustHave")}
                    </label>
                    <div className="ml-auto flex gap-2">
                      <Button
                        type="button"
                        variant="secondary"
                        size="sm"
                        aria-label={t("moveUp", { n })}
                        disabled={i === 0}
                        onClick={() => rows.move(i, i - 1)}
                      >
                        <ArrowUp aria-hidden="true" className="size-4" />
                      </Button>
                      <Button
                        type="button"
                        variant="secondary"
                        size="sm"
                        aria-label={t("moveDown", { n })}
                        disabled={i === rows.fields.length - 1}
                        onClick={() => rows.move(i, i + 1)}
                      >
                        <ArrowDown aria-hidden="true" className="size-4" />
                      </Button>
                      <Button
                        type="button"
                        variant="danger"
                        size="sm"
                        aria-label={t("remove", { n })}
                        onClick={() => rows.remove(i)}
                      >
                        {t("removeShort")}
                      </Button>
                    </div>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <Button type="button" variant="secondary" onClick={() => rows.append(emptyRow())}>
          {t("addRequirement")}
        </Button>
        <FormField
          id="note"
          label={t("note")}
          hint={t("noteHint")}
          error={errorText(formState.errors.note?.message)}
        >
          {(aria) => <Textarea {...aria} rows={2} {...register("note")} />}
        </FormField>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? common("saving") : t("save")}
        </Button>
      </form>
    </Card>
  );
}
