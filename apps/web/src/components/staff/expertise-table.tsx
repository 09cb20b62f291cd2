"use client";
import { useFormatter, useTranslations } from "next-intl";
import { Badge, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import type { ExpertiseRow } from "./types";
import { useLevelLabel } from "@/i18n/enum-labels";

/** Current expertise per segment: level name, source, evidence, and who assessed it when. */
export function ExpertiseTable({ rows }: { rows: ExpertiseRow[] }) {
  const t = useTranslations("staff");
  const levelLabel = useLevelLabel();
  const common = useTranslations("common");
  const format = useFormatter();
  if (rows.length === 0) return <p className="text-sm text-muted">{t("expertiseEmpty")}</p>;
  return (
    <Table>
      <THead>
        <tr>
          <Th scope="col">{t("segment")}</Th>
          <Th scope="col">{t("level")}</Th>
          <Th scope="col">{t("source")}</Th>
          <Th scope="col">{t("evidence")}</Th>
          <Th scope="col">{t("assessedBy")}</Th>
          <Th scope="col">{t("assessedAt")}</Th>
        </tr>
      </THead>
      <TBody>
        {rows.map((e) => (
          <Tr key={e.id}>
            <Td>
              {e.segment.name}
              {e.segment.archived ? <Badge className="ml-2">{common("archived")}</Badge> : null}
            </Td>
            <Td className="font-medium">{levelLabel(e.level)}</Td>
            <Td>{t(`sources.${e.source}`)}</Td>
            <Td>{e.evidence || <span className="text-muted">—</span>}</Td>
            <Td>{e.assessedBy?.name ?? <span className="text-muted">—</span>}</Td>
            <Td>{format.dateTime(e.assessedAt, { dateStyle: "medium" })}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
