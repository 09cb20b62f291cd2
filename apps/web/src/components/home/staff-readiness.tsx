"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { RouterOutputs } from "@portal/api";
import { Badge } from "@portal/ui";
import { useReadinessText } from "@/components/readiness/use-readiness-text";
import { statusTone } from "@/components/readiness/types";

type StaffHome = Extract<RouterOutputs["home"]["summary"], { role: "STAFF" }>;
const linkClass = "text-brand-700 underline underline-offset-4 hover:text-brand-800";

/** What stands between a staff member and sign-off: their blockers, courses linked to the plan. */
export function StaffReadiness({ readiness }: { readiness: NonNullable<StaffHome["readiness"]> }) {
  const t = useTranslations("home.staff");
  const r = useTranslations("readiness");
  const text = useReadinessText();
  return (
    <section aria-labelledby="home-readiness" className="space-y-2 text-sm">
      <h3 id="home-readiness" className="font-semibold">
        {t("readiness")}
      </h3>
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone={statusTone[readiness.status]}>{r(`status.${readiness.status}`)}</Badge>
        {readiness.override ? <Badge tone="danger">{r("override")}</Badge> : null}
        <span className="tabular-nums">
          {r("percentLabel", { percent: text.percent(readiness.percent) })}
        </span>
      </p>
      {readiness.blockers.length === 0 ? (
        <p>{readiness.status === "SIGNED_OFF" ? t("signedOff") : t("nothingBlocks")}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          {readiness.blockers.map((b) =>
            b.kind === "course" ? (
              <li key={b.courseId}>
                <Link className={linkClass} href="/learning">
                  {text.courseName(b.title)}
                </Link>{" "}
                — {text.courseActual(b.courseStatus)}
              </li>
            ) : (
              <li key={b.requirementId}>
                {text.name(b.summary)}:{" "}
                {t("expectedHas", {
                  expected: text.target(b.summary),
                  actual: text.actual(b.summary, b.actual),
                })}
              </li>
            ),
          )}
        </ul>
      )}
      <p>
        <Link className={linkClass} href="/readiness/me">
          {t("openReadiness")}
        </Link>
      </p>
    </section>
  );
}
