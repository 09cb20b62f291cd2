"use client";
import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@portal/ui";
import { useRequirementText } from "./requirement-text";
import type { ApplicationData } from "./types";

/** Every submitted scorecard, rating by rating; the aggregate (median and spread) is in the requirement table. */
export function SubmittedScorecards({ app }: { app: ApplicationData }) {
  const t = useTranslations("applications");
  const format = useFormatter();
  const text = useRequirementText();
  if (app.scorecards.length === 0) return <p className="text-sm text-muted">{t("noScorecards")}</p>;
  const requirementName = new Map(app.requirements.map((r) => [r.id, text.name(r)]));
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      {app.scorecards.map((s) => (
        <Card key={s.id} aria-labelledby={`scorecard-${s.id}`}>
          <h3 id={`scorecard-${s.id}`} className="font-semibold">
            {t("scorecardBy", { name: s.interviewer.name })}
          </h3>
          <p className="text-xs text-muted">
            {s.submittedAt
              ? t("submittedOn", { when: format.dateTime(s.submittedAt, { dateStyle: "medium" }) })
              : null}
          </p>
          <ul className="mt-3 space-y-1 text-sm">
            {s.ratings.map((r) => (
              <li key={r.requirementId}>
                <span className="font-medium">
                  {requirementName.get(r.requirementId) ?? t("oldRequirement")}
                </span>
                : {t("ratingOf", { rating: r.rating })}
                {r.note ? <span className="text-muted"> — {r.note}</span> : null}
              </li>
            ))}
          </ul>
          {s.summary ? <p className="mt-3 text-sm">{s.summary}</p> : null}
        </Card>
      ))}
    </div>
  );
}
