"use client";
import Link from "next/link";
import { Check, TriangleAlert } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { Badge, EmptyState, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { languageName, useLevelLabel } from "@/i18n/enum-labels";
import { applicationHref, type CompareData } from "./types";

type Requirement = CompareData["applications"][number]["requirements"][number];
const statusTone = { met: "success", partial: "warning", missing: "danger" } as const;

/** Side-by-side explained fit; requirement rows line up across profile versions by what they ask for. */
export function CompareView({ ids }: { ids: string[] }) {
  const t = useTranslations("pipeline.compare");
  const locale = useLocale();
  const levelLabel = useLevelLabel();
  const card = useTranslations("pipeline.card");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.pipeline.compare.queryOptions({ applicationIds: ids }),
    enabled: ids.length >= 2 && ids.length <= 4,
  });
  if (ids.length < 2 || ids.length > 4) return <EmptyState title={t("title")} description={t("empty")} />;
  const data = query.data;
  const rows: Requirement[] = [];
  for (const app of data?.applications ?? [])
    for (const r of app.requirements) if (!rows.some((x) => x.key === r.key)) rows.push(r);
  const label = (r: Requirement) =>
    t(`kinds.${r.label.kind}`, {
      segment: r.label.segment ?? "",
      level: r.label.level ?? 0,
      years: r.label.years ?? 0,
      language: languageName(locale, r.label.language ?? ""),
      cefr: r.label.cefr ?? "",
      certification: r.label.certification ?? "",
      criterion: r.label.criterion ?? "",
      rating: r.label.rating ?? 0,
    });
  // What the person has, on the requirement's own scale: an expertise level is named as a level (0-4), never a
  // bare number beside an interview rating (1-5).
  const actual = (r: Requirement) =>
    r.actual === null
      ? t("none")
      : typeof r.actual === "boolean"
        ? r.actual
          ? common("yes")
          : t("none")
        : r.label.kind === "EXPERTISE" && typeof r.actual === "number"
          ? t("actualLevel", { level: levelLabel(r.actual) })
          : r.label.kind === "CRITERION" && typeof r.actual === "number"
            ? t("actualRating", { rating: r.actual })
            : String(r.actual);
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {data ? (
        <Table aria-label={t("title")}>
          <THead>
            <tr>
              <Th scope="col">{t("requirement")}</Th>
              {data.applications.map((a) => (
                <Th scope="col" key={a.id}>
                  <Link href={applicationHref(a.id)} className="text-brand-700 hover:underline">
                    {a.name}
                  </Link>
                </Th>
              ))}
            </tr>
          </THead>
          <TBody>
            <Tr>
              <Th scope="row">{t("total")}</Th>
              {data.applications.map((a) => (
                <Td key={a.id}>
                  <span className="text-lg font-semibold">{a.score}</span>{" "}
                  <Badge tone={a.eligible ? "success" : "warning"}>
                    {a.eligible ? (
                      <Check aria-hidden="true" className="size-3.5" />
                    ) : (
                      <TriangleAlert aria-hidden="true" className="size-3.5" />
                    )}
                    <span className="sr-only">{a.eligible ? card("eligible") : card("notEligible")}</span>
                  </Badge>
                </Td>
              ))}
            </Tr>
            {rows.map((row) => (
              <Tr key={row.key}>
                <Th scope="row" className="text-left font-normal">
                  <div className="font-medium">{label(row)}</div>
                  <div className="text-xs text-muted">
                    {t("weightShare", { share: row.share })}
                    {row.mustHave ? ` · ${t("mustHave")}` : ""}
                  </div>
                </Th>
                {data.applications.map((a) => {
                  const r = a.requirements.find((x) => x.key === row.key);
                  return (
                    <Td key={a.id}>
                      {r ? (
                        <>
                          <Badge tone={statusTone[r.status]}>{t(`status.${r.status}`)}</Badge>{" "}
                          <span className="text-xs">{t("points", { points: r.points })}</span>
                          <div className="text-xs text-muted">
                            {t("actual", { value: actual(r) })} ·{" "}
                            {r.assessed
                              ? t("assessedRating", { median: r.assessed.median, count: r.assessed.count })
                              : t("declared")}
                          </div>
                        </>
                      ) : (
                        <span className="text-xs text-muted">{t("notInProfile")}</span>
                      )}
                    </Td>
                  );
                })}
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
    </QueryState>
  );
}
