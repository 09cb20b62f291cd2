"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { RouterOutputs } from "@portal/api";
import { Badge, Card, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";

type HrHome = Extract<RouterOutputs["home"]["summary"], { role: "HR" | "ADMIN" }>;

/** Open seats per customer segment next to the segment's gap in signed-off people. */
export function HrOpenings({ rows, asOf }: { rows: HrHome["openingsBySegment"]; asOf: HrHome["asOf"] }) {
  const t = useTranslations("home.hr");
  return (
    <Card aria-labelledby="home-openings" className="md:col-span-2">
      <h2 id="home-openings" className="mb-1 font-semibold">
        {t("openingsTitle")}
      </h2>
      <p className="mb-1 text-sm text-muted">{t("openingsHint")}</p>
      <p className="mb-3 text-sm text-muted">{t("figuresAsOf", { time: asOf })}</p>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">{t("noOpenings")}</p>
      ) : (
        <Table>
          <caption className="sr-only">{t("openingsTitle")}</caption>
          <THead>
            <tr>
              <Th scope="col">{t("segment")}</Th>
              <Th scope="col" className="text-right">
                {t("openSeats")}
              </Th>
              <Th scope="col" className="text-right">
                {t("signedOff")}
              </Th>
              <Th scope="col" className="text-right">
                {t("gap")}
              </Th>
            </tr>
          </THead>
          <TBody>
            {rows.map((s) => (
              <Tr key={s.segmentId}>
                <Th scope="row" className="font-medium">
                  {s.name}
                  {s.bestCustomers ? (
                    <Badge tone="info" className="ml-2">
                      {t("bestCustomers")}
                    </Badge>
                  ) : null}
                </Th>
                <Td className="text-right tabular-nums">{s.openSeats}</Td>
                <Td className="text-right tabular-nums">
                  {t("ofTarget", { signedOff: s.signedOff, target: s.target })}
                </Td>
                <Td className="text-right tabular-nums">
                  {s.gap > 0 ? <Badge tone="danger">{s.gap}</Badge> : s.gap}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <p className="mt-3 text-sm">
        <Link
          className="text-brand-700 underline underline-offset-4 hover:text-brand-800"
          href="/admin/positions"
        >
          {t("positions")}
        </Link>
      </p>
    </Card>
  );
}
