"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { expertiseInput, expertiseSources } from "@portal/validators";
import { Alert, Button, Card, FormField, Select, Textarea } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormError } from "@/components/forms/form-actions";
import type { ExpertiseRow } from "./types";
import { useLevelLabel } from "@/i18n/enum-labels";

type Values = z.input<typeof expertiseInput>;
type Output = z.output<typeof expertiseInput>;

/** Set one segment's level; picking a segment fills in what is recorded for it now. */
export function ExpertiseEditor({
  staffMemberId,
  current,
}: {
  staffMemberId: string;
  current: ExpertiseRow[];
}) {
  const t = useTranslations("staff");
  const levelLabel = useLevelLabel();
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const segments = useQuery(trpc.segments.options.queryOptions());
  const [outcome, setOutcome] = useState<"saved" | "unchanged" | null>(null);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(expertiseInput),
    defaultValues: { staffMemberId, segmentId: "", level: 0, source: "ASSESSED", evidence: "" },
  });
  const { register, handleSubmit, formState, setError, setValue } = form;
  const save = useMutation(
    trpc.staff.setExpertise.mutationOptions({
      onMutate: () => setOutcome(null),
      onSuccess: async (r) => {
        setOutcome(r.changed ? "saved" : "unchanged");
        await queryClient.invalidateQueries(trpc.staff.pathFilter());
        await queryClient.invalidateQueries(trpc.staffing.pathFilter());
      },
      onError: (e) => applyServerError(e, setError),
    }),
  );
  const segmentField = register("segmentId");
  const err = (name: keyof Values) => errorText(formState.errors[name]?.message);
  return (
    // The id is the target of the readiness page's "open the expertise editor" link.
    <Card id="set-expertise" className="max-w-2xl">
      <h2 className="mb-3 font-semibold">{t("setExpertise")}</h2>
      <form noValidate className="space-y-4" onSubmit={handleSubmit((data) => save.mutate(data))}>
        <FormError message={formState.errors.root?.server?.message} />
        {outcome ? (
          <Alert tone={outcome === "saved" ? "success" : "info"}>
            {t(outcome === "saved" ? "expertiseSaved" : "expertiseUnchanged")}
          </Alert>
        ) : null}
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <FormField id="segmentId" label={t("segment")} required error={err("segmentId")}>
            {(aria) => (
              <Select
                {...aria}
                {...segmentField}
                onChange={(e) => {
                  void segmentField.onChange(e);
                  const now = current.find((c) => c.segment.id === e.target.value);
                  setValue("level", now?.level ?? 0);
                  setValue("source", now?.source ?? "ASSESSED");
                  setValue("evidence", now?.evidence ?? "");
                }}
              >
                <option value="">{t("chooseSegment")}</option>
                {(segments.data ?? []).map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField id="level" label={t("level")} required error={err("level")}>
            {(aria) => (
              <Select {...aria} {...register("level")}>
                {[0, 1, 2, 3, 4].map((l) => (
                  <option key={l} value={l}>
                    {levelLabel(l)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField id="source" label={t("source")} required error={err("source")}>
            {(aria) => (
              <Select {...aria} {...register("source")}>
                {expertiseSources.map((s) => (
                  <option key={s} value={s}>
                    {t(`sources.${s}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        </div>
        <FormField id="evidence" label={t("evidence")} hint={t("evidenceHint")} error={err("evidence")}>
          {(aria) => <Textarea {...aria} rows={2} {...register("evidence")} />}
        </FormField>
        <Button type="submit" disabled={save.isPending}>
          {t("saveExpertise")}
        </Button>
      </form>
    </Card>
  );
}
