"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { scorecardSaveInput } from "@portal/validators";
import { Alert, Button, Card, ConfirmDialog, FormField, Input, Textarea } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useErrorText } from "@/components/forms/use-form-errors";
import { FormError } from "@/components/forms/form-actions";
import { useRequirementText } from "./requirement-text";
import type { ApplicationData } from "./types";
import { useServerErrorText } from "@/i18n/server-errors";

type Rating = { rating: number | null; note: string };
const scale = [1, 2, 3, 4, 5] as const;

/** The caller's own scorecard: a 1-5 radio group per requirement with a note, a summary; draft, then submit. */
export function ScorecardForm({ app }: { app: ApplicationData }) {
  const t = useTranslations("applications");
  const serverErrorText = useServerErrorText();
  const common = useTranslations("common");
  const errorText = useErrorText();
  const text = useRequirementText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const draft = app.myScorecard;
  const [ratings, setRatings] = useState<Record<string, Rating>>(() =>
    Object.fromEntries(
      app.requirements.map((r) => {
        const saved = draft?.ratings.find((x) => x.requirementId === r.id);
        return [r.id, { rating: saved?.rating ?? null, note: saved?.note ?? "" }];
      }),
    ),
  );
  const [summary, setSummary] = useState(draft?.summary ?? "");
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<"saved" | "submitted" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refresh = () =>
    queryClient.invalidateQueries(trpc.applications.get.queryFilter({ applicationId: app.id }));
  const save = useMutation(trpc.applications.saveScorecard.mutationOptions());
  const submit = useMutation(trpc.applications.submitScorecard.mutationOptions());
  const busy = save.isPending || submit.isPending;

  const payload = () => {
    const parsed = scorecardSaveInput.safeParse({
      applicationId: app.id,
      summary,
      ratings: Object.entries(ratings)
        .filter(([, r]) => r.rating !== null)
        .map(([requirementId, r]) => ({ requirementId, rating: r.rating, note: r.note })),
    });
    if (!parsed.success) {
      setError(errorText(parsed.error.issues[0]?.message) ?? t("invalid"));
      return null;
    }
    return parsed.data;
  };
  const onSave = async () => {
    setOutcome(null);
    setError(null);
    const data = payload();
    if (!data) return;
    try {
      await save.mutateAsync(data);
      setOutcome("saved");
      await refresh();
    } catch (e) {
      setError(serverErrorText(e));
    }
  };
  const onSubmit = async () => {
    setOutcome(null);
    setError(null);
    const data = payload();
    if (!data) return;
    try {
      await save.mutateAsync(data);
      await submit.mutateAsync({ applicationId: app.id });
      setOutcome("submitted");
      await refresh();
    } catch (e) {
      setError(serverErrorText(e));
      await refresh();
    }
  };
  const unrated = app.requirements.filter((r) => ratings[r.id]?.rating == null).length;

  return (
    <Card aria-labelledby="my-scorecard-title" className="space-y-4">
      <div>
        <h2 id="my-scorecard-title" className="text-lg font-semibold">
          {t("myScorecard")}
        </h2>
        <p className="text-sm text-muted">{t("scorecardHelp")}</p>
      </div>
      <FormError message={error ?? undefined} />
      {outcome ? (
        <Alert tone="success">{t(outcome === "saved" ? "draftSaved" : "scorecardSubmitted")}</Alert>
      ) : null}
      <form
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          void onSave();
        }}
      >
        {app.requirements.map((r, i) => {
          const value = ratings[r.id]!;
          return (
            <fieldset key={r.id} className="rounded-md border border-gray-200 p-3">
              <legend className="px-1 text-sm font-medium">
                {i + 1}. {text.name(r)}{" "}
                <span className="font-normal text-muted">({t("targetIs", { target: text.target(r) })})</span>
              </legend>
              <div
                role="radiogroup"
                aria-label={t("ratingFor", { requirement: text.name(r) })}
                className="mt-1 flex flex-wrap gap-3"
              >
                {scale.map((n) => (
                  <label key={n} className="flex items-center gap-1.5 text-sm">
                    <input
                      type="radio"
                      name={`rating-${r.id}`}
                      value={n}
                      checked={value.rating === n}
                      onChange={() => setRatings((all) => ({ ...all, [r.id]: { ...value, rating: n } }))}
                      className="size-4"
                    />
                    {t(`scale.${n}`)}
                  </label>
                ))}
              </div>
              <div className="mt-2">
                <FormField id={`note-${r.id}`} label={t("note")}>
                  {(aria) => (
                    <Input
                      {...aria}
                      value={value.note}
                      maxLength={1000}
                      onChange={(e) =>
                        setRatings((all) => ({ ...all, [r.id]: { ...value, note: e.target.value } }))
                      }
                    />
                  )}
                </FormField>
              </div>
            </fieldset>
          );
        })}
        <FormField id="scorecard-summary" label={t("summary")} hint={t("summaryHint")}>
          {(aria) => (
            <Textarea
              {...aria}
              rows={3}
              value={summary}
              maxLength={4000}
              onChange={(e) => setSummary(e.target.value)}
            />
          )}
        </FormField>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="secondary" disabled={busy}>
            {save.isPending && !submit.isPending ? common("saving") : t("saveDraft")}
          </Button>
          <Button type="button" disabled={busy} onClick={() => setConfirming(true)}>
            {t("submitScorecard")}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("submitTitle")}
        description={unrated > 0 ? t("submitUnrated", { count: unrated }) : t("submitBody")}
        confirmLabel={t("submitConfirm")}
        cancelLabel={common("cancel")}
        destructive={false}
        onConfirm={() => void onSubmit()}
      />
    </Card>
  );
}
