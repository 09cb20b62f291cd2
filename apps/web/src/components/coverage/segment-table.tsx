"use client";
import { useFormatter, useTranslations } from "next-intl";
import { Badge, Card, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import type { SegmentCoverage } from "./types";
import { InsightLink } from "@/components/feedback/insight-link";

type Outlook = { nextReadyAt: Date | null; lastReadyAt: Date | null; undated: number };

/** When the people still onboarding are expected to be ready: the first and last due dates, and how many have none. */
function ExpectedReady({ o }: { o: Outlook }) {
  const t = useTranslations("coverage");
  const format = useFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const range =
    o.nextReadyAt && o.lastReadyAt
      ? o.nextReadyAt.getTime() === o.lastReadyAt.getTime()
        ? date(o.lastReadyAt)
        : t("expectedBetween", { from: date(o.nextReadyAt), to: date(o.lastReadyAt) })
      : null;
  return (
    <>
      {range ?? (o.undated === 0 ? t("noDate") : null)}
      {o.undated > 0 ? (
        <span className="block text-xs text-gray-700">{t("undated", { count: o.undated })}</span>
      ) : null}
    </>
  );
}

/** One segment: its departments with target, signed off, on the way and gap, and when the gap should close. */
export function SegmentTable({ segment: s }: { segment: SegmentCoverage }) {
  const t = useTranslations("coverage");
  const format = useFormatter();
  const titleId = `segment-${s.segmentId}`;
  return (
    <Card aria-labelledby={`${titleId}-title`} id={titleId} className="scroll-mt-4 space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={`${titleId}-title`} className="text-base font-semibold">
          {s.name}
        </h3>
        {s.bestCustomers ? <Badge tone="info">{t("bestCustomers")}</Badge> : null}
        {s.orphan ? <Badge tone="danger">{t("orphan")}</Badge> : null}
        {s.overlap ? <Badge tone="warning">{t("overlap")}</Badge> : null}
        <span className="ml-auto">
          <InsightLink segmentId={s.segmentId} segment={s.name} />
        </span>
      </div>
      {s.orphan ? (
        <p className="text-sm text-red-800">{t("noDepartments")}</p>
      ) : (
        <>
          <p className="text-sm text-gray-700">
            {!s.hasGap
              ? t("covered")
              : s.gapClosesAt
                ? t("gapCloses", { date: format.dateTime(s.gapClosesAt, { dateStyle: "medium" }) })
                : t("gapStays")}
          </p>
          <Table>
            <caption className="sr-only">{t("segmentCaption", { segment: s.name })}</caption>
            <THead>
              <tr>
                <Th scope="col">{t("column.department")}</Th>
                <Th scope="col">{t("column.head")}</Th>
                <Th scope="col" className="text-right">
                  {t("column.target")}
                </Th>
                <Th scope="col" className="text-right">
                  {t("column.signedOff")}
                </Th>
                <Th scope="col" className="text-right">
                  {t("column.readyForReview")}
                </Th>
                <Th scope="col" className="text-right">
                  {t("column.onboarding")}
                </Th>
                <Th scope="col" className="text-right">
                  {t("column.lapsed")}
                </Th>
                <Th scope="col">{t("column.expectedReady")}</Th>
                <Th scope="col" className="text-right">
                  {t("column.gap")}
                </Th>
              </tr>
            </THead>
            <TBody>
              {s.departments.map((d) => (
                <Tr key={d.departmentId}>
                  <Th scope="row" className="font-medium">
                    {d.name}
                  </Th>
                  <Td>{d.headName ?? <Badge tone="warning">{t("noHead")}</Badge>}</Td>
                  <Td className="text-right">{d.target}</Td>
                  <Td className="text-right">{d.signedOff}</Td>
                  <Td className="text-right">{d.readyForReview}</Td>
                  <Td className="text-right">{d.onboarding}</Td>
                  <Td className="text-right">{d.lapsed}</Td>
                  <Td>
                    <ExpectedReady o={d} />
                  </Td>
                  <Td className={d.gap > 0 ? "text-right font-semibold text-red-800" : "text-right"}>
                    {d.gap}
                  </Td>
                </Tr>
              ))}
              {s.departments.length > 1 ? (
                <Tr className="bg-gray-50">
                  <Th scope="row" colSpan={2}>
                    {t("total")}
                  </Th>
                  <Td className="text-right">{s.target}</Td>
                  <Td className="text-right">{s.signedOff}</Td>
                  <Td className="text-right">{s.readyForReview}</Td>
                  <Td className="text-right">{s.onboarding}</Td>
                  <Td className="text-right">{s.lapsed}</Td>
                  <Td>
                    <ExpectedReady o={s} />
                  </Td>
                  <Td className={s.gap > 0 ? "text-right font-semibold text-red-800" : "text-right"}>
                    {s.gap}
                  </Td>
                </Tr>
              ) : null}
            </TBody>
          </Table>
        </>
      )}
    </Card>
  );
}
