"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { PersonView } from "./types";

/** Every sign-off of the person, newest first, with overrides and revocations spelled out. */
export function SignOffHistory({ rows }: { rows: PersonView["signOffs"] }) {
  const t = useTranslations("readiness.signOff");
  const format = useFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <section aria-labelledby="sign-off-history" className="space-y-2">
      <h2 id="sign-off-history" className="text-lg font-semibold">
        {t("history")}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">{t("noHistory")}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {rows.map((s) => (
            <li key={s.id} className="rounded-md border border-gray-200 bg-white p-3">
              <p>
                {t("historyRow", {
                  date: date(s.signedOffAt),
                  by: s.signedOffBy?.name ?? t("someone"),
                  percent: format.number(s.percent / 100, { style: "percent", maximumFractionDigits: 1 }),
                })}
                {s.position ? ` · ${s.position.title}` : null}
              </p>
              {s.comment ? <p className="text-gray-700">“{s.comment}”</p> : null}
              {s.override ? (
                <p className="font-medium text-danger">
                  {t("historyOverride", { reason: s.overrideReason ?? "" })}
                </p>
              ) : null}
              {s.revokedAt ? (
                <p className="text-muted">
                  {t("historyRevoked", {
                    date: date(s.revokedAt),
                    by: s.revokedBy?.name ?? t("someone"),
                    reason: s.revokeReason ?? "",
                  })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
