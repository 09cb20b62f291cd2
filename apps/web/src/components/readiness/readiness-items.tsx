"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge, cn } from "@portal/ui";
import { cellLook, itemAnchor, type PersonItem } from "./types";
import { useReadinessText } from "./use-readiness-text";

/** Blockers first, then what is partly met or missing, then what is met; the server's order within each. */
const rank = (i: PersonItem) => (i.blocking ? 0 : i.status === "met" ? 2 : 1);
export const sortItems = (items: PersonItem[]) => [...items].sort((a, b) => rank(a) - rank(b));

/**
 * Every item the position asks for with its target, what the person has and where that came from. Each item is
 * an anchor the matrix cells link to; the targeted one is highlighted.
 */
export function ReadinessItems({
  items,
  staffMemberId,
  learningHref,
}: {
  items: PersonItem[];
  staffMemberId?: string;
  learningHref?: string;
}) {
  const t = useTranslations("readiness");
  const text = useReadinessText();
  return (
    <ul className="space-y-2">
      {sortItems(items).map((item) => {
        const look = cellLook[item.status];
        const name = item.kind === "course" ? text.courseName(item.title) : text.name(item.summary);
        const expected = item.kind === "course" ? text.courseTarget() : text.target(item.summary);
        const actual =
          item.kind === "course"
            ? text.courseActual(item.courseStatus)
            : text.actual(item.summary, item.actual);
        const evidence = item.kind === "course" ? "course" : item.evidence;
        const mustHave = item.kind === "course" || item.requirement.mustHave;
        return (
          <li
            key={item.key}
            id={itemAnchor(item.key)}
            data-status={item.status}
            className={cn(
              "flex gap-3 rounded-md border border-gray-200 bg-white p-3 target:ring-2 target:ring-brand-600",
              item.blocking && "border-l-4 border-l-red-600",
            )}
          >
            <span
              aria-hidden="true"
              className={cn(
                "mt-0.5 inline-flex h-7 w-7 shrink-0 items-center justify-center rounded font-semibold",
                look.className,
              )}
            >
              <look.Icon aria-hidden="true" className="size-4" />
            </span>
            <div className="min-w-0 flex-1 text-sm">
              <p className="flex flex-wrap items-center gap-2 font-medium text-ink">
                {name}
                <span className="sr-only">:</span>
                <Badge
                  tone={item.status === "met" ? "success" : item.status === "partial" ? "warning" : "danger"}
                >
                  {t(`cell.${item.status}`)}
                </Badge>
                {item.blocking ? (
                  <Badge tone="danger">{t("blocking")}</Badge>
                ) : mustHave ? (
                  <Badge>{t("mustHave")}</Badge>
                ) : null}
              </p>
              <dl className="mt-1 grid grid-cols-1 gap-x-6 gap-y-0.5 text-gray-700 sm:grid-cols-[auto_1fr]">
                <dt className="text-muted">{t("expected")}</dt>
                <dd>{expected}</dd>
                <dt className="text-muted">{t("has")}</dt>
                <dd>
                  {actual}
                  {item.kind === "course" && item.status !== "met"
                    ? ` · ${t("progress", { percent: text.percent(item.ratio * 100) })}`
                    : null}
                </dd>
                <dt className="text-muted">{t("evidenceLabel")}</dt>
                <dd>
                  {t(`evidence.${evidence}`)}
                  {item.kind === "course" && learningHref && item.status !== "met" ? (
                    <>
                      {" "}
                      ·{" "}
                      <Link className="text-brand-700 underline underline-offset-4" href={learningHref}>
                        {t("me.openPlan")}
                      </Link>
                    </>
                  ) : null}
                  {item.kind === "requirement" &&
                  item.summary.kind === "EXPERTISE" &&
                  staffMemberId &&
                  item.status !== "met" ? (
                    <>
                      {" "}
                      ·{" "}
                      <Link
                        className="text-brand-700 underline underline-offset-4"
                        href={`/admin/staff/${staffMemberId}#set-expertise`}
                      >
                        {t("assess.expertiseEditor")}
                      </Link>
                    </>
                  ) : null}
                </dd>
              </dl>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
