"use client";
import { useTranslations } from "next-intl";
import { Alert, Badge, Card, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import type { Proposal } from "./types";

type Coverage = Proposal["segments"][number]["before"];

function CoverageCell({ c }: { c: Coverage }) {
  const t = useTranslations("staffing");
  if (c.orphan) return <Badge tone="danger">{t("uncovered")}</Badge>;
  return (
    <span>
      {t("qualifiedOfTarget", { qualified: c.qualified, target: c.target })}{" "}
      {c.gap > 0 ? (
        <Badge tone="warning">{t("gap", { gap: c.gap })}</Badge>
      ) : (
        <Badge tone="success">{t("covered")}</Badge>
      )}
    </span>
  );
}

/** Total fit and per-segment coverage (people at or above the required level vs target), before and after. */
export function ProposalSummary({ proposal }: { proposal: Proposal }) {
  const t = useTranslations("staffing");
  const { totals } = proposal;
  // Best-customer segments first: a gap there costs the most.
  const segments = [...proposal.segments].sort(
    (a, b) => b.bestCustomerPriority - a.bestCustomerPriority || b.after.gap - a.after.gap,
  );
  return (
    <section aria-labelledby="summary-title" className="space-y-4">
      <h2 id="summary-title" className="text-lg font-semibold">
        {t("summary")}
      </h2>
      {proposal.whatIf ? <Alert tone="warning">{t("whatIfResult")}</Alert> : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Card>
          <p className="text-sm text-muted">{t("fitBefore")}</p>
          <p className="text-2xl font-semibold">{totals.fitBefore}</p>
        </Card>
        <Card>
          <p className="text-sm text-muted">{t("fitAfter")}</p>
          <p className="text-2xl font-semibold">{totals.fitAfter}</p>
        </Card>
        <Card>
          <p className="text-sm text-muted">{t("moveCount")}</p>
          <p className="text-2xl font-semibold">
            {t("movesOfPeople", { moves: totals.moves, people: totals.people })}
          </p>
        </Card>
      </div>
      <Table>
        <caption className="sr-only">{t("coverageCaption")}</caption>
        <THead>
          <tr>
            <Th>{t("segment")}</Th>
            <Th>{t("before")}</Th>
            <Th>{t("after")}</Th>
          </tr>
        </THead>
        <TBody>
          {segments.map((s) => (
            <Tr key={s.segmentId}>
              <Td className="font-medium">
                {s.name}
                {s.bestCustomers ? (
                  <Badge tone="info" className="ml-2">
                    {t("bestCustomers")}
                  </Badge>
                ) : null}
              </Td>
              <Td>
                <CoverageCell c={s.before} />
              </Td>
              <Td>
                <CoverageCell c={s.after} />
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </section>
  );
}
