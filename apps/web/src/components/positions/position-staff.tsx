"use client";
import { useFormatter, useTranslations } from "next-intl";
import { Badge, Card, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import type { RouterOutputs } from "@portal/api";

type Staff = RouterOutputs["positions"]["byId"]["staff"][number];
const tones = { ONBOARDING: "info", ACTIVE: "success", LEFT: "neutral" } as const;

export function PositionStaff({ staff }: { staff: Staff[] }) {
  const t = useTranslations("positions");
  const format = useFormatter();
  return (
    <Card className="mb-6">
      <h2 className="mb-3 font-semibold">{t("staff")}</h2>
      {staff.length === 0 ? (
        <p className="text-sm text-muted">{t("noStaff")}</p>
      ) : (
        <Table>
          <THead>
            <tr>
              <Th>{t("staffName")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("startDate")}</Th>
            </tr>
          </THead>
          <TBody>
            {staff.map((s) => (
              <Tr key={s.id}>
                <Td>{s.name}</Td>
                <Td>
                  <Badge tone={tones[s.status]}>{t(`statuses.${s.status}`)}</Badge>
                </Td>
                <Td>{format.dateTime(s.startDate, { dateStyle: "medium", timeZone: "UTC" })}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
