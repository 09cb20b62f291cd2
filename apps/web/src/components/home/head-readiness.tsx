"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { RouterOutputs } from "@portal/api";
import { Badge, Card } from "@portal/ui";

type HeadHome = Extract<RouterOutputs["home"]["summary"], { role: "HEAD" }>;
type Person = HeadHome["waiting"]["people"][number];
const linkClass = "text-brand-700 underline underline-offset-4 hover:text-brand-800";

function PersonList({ people, detail }: { people: Person[]; detail: (p: Person) => string }) {
  return (
    <ul className="space-y-1 text-sm">
      {people.map((p) => (
        <li key={p.staffMemberId}>
          <Link className={`${linkClass} font-medium`} href={`/readiness/${p.staffMemberId}`}>
            {p.name}
          </Link>
          {p.position ? <span className="text-muted"> · {p.position}</span> : null} — {detail(p)}
        </li>
      ))}
    </ul>
  );
}

/** A head's to-do: people waiting for their sign-off, and people overdue (courses past due, lapsed sign-offs). */
export function HeadReadiness({ summary }: { summary: HeadHome }) {
  const t = useTranslations("home.head");
  const status = useTranslations("readiness.status");
  const { waiting, overdue } = summary;
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <Card aria-labelledby="home-waiting">
        <h2 id="home-waiting" className="mb-3 font-semibold">
          {t("waiting")} <Badge tone={waiting.total > 0 ? "warning" : "neutral"}>{waiting.total}</Badge>
        </h2>
        {waiting.total === 0 ? (
          <p className="text-sm text-muted">{t("noneWaiting")}</p>
        ) : (
          <PersonList people={waiting.people} detail={() => t("readyForReview")} />
        )}
        {waiting.total > waiting.people.length ? (
          <p className="mt-2 text-sm text-muted">
            {t("more", { count: waiting.total - waiting.people.length })}
          </p>
        ) : null}
        <p className="mt-3 text-sm">
          <Link className={linkClass} href="/readiness?status=READY_FOR_REVIEW">
            {t("openWaiting")}
          </Link>
        </p>
      </Card>
      <Card aria-labelledby="home-overdue">
        <h2 id="home-overdue" className="mb-3 font-semibold">
          {t("overdue")} <Badge tone={overdue.total > 0 ? "danger" : "neutral"}>{overdue.total}</Badge>
        </h2>
        {overdue.total === 0 ? (
          <p className="text-sm text-muted">{t("noneOverdue")}</p>
        ) : (
          <PersonList
            people={overdue.people}
            detail={(p) =>
              p.status === "LAPSED" ? status("LAPSED") : t("overdueCourses", { count: p.overdueCourses })
            }
          />
        )}
        {overdue.total > overdue.people.length ? (
          <p className="mt-2 text-sm text-muted">
            {t("more", { count: overdue.total - overdue.people.length })}
          </p>
        ) : null}
        <p className="mt-3 text-sm">
          <Link className={linkClass} href="/learning/progress?status=overdue">
            {t("openOverdue")}
          </Link>
        </p>
      </Card>
    </div>
  );
}
