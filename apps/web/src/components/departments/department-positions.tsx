"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge, Button, Card, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import type { RouterOutputs } from "@portal/api";

type Position = RouterOutputs["departments"]["byId"]["positions"][number];

export function DepartmentPositions({
  departmentId,
  positions,
  canAdd,
}: {
  departmentId: string;
  positions: Position[];
  canAdd: boolean;
}) {
  const t = useTranslations("departments");
  const common = useTranslations("common");
  return (
    <Card className="mb-6">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">{t("positions")}</h2>
        {canAdd ? (
          <Button asChild variant="secondary" size="sm">
            <Link href={`/admin/positions/new?departmentId=${encodeURIComponent(departmentId)}`}>
              {t("newPosition")}
            </Link>
          </Button>
        ) : null}
      </div>
      {positions.length === 0 ? (
        <p className="text-sm text-muted">{t("noPositions")}</p>
      ) : (
        <Table>
          <THead>
            <tr>
              <Th>{t("positionTitle")}</Th>
              <Th>{t("headcount")}</Th>
              <Th>{t("filled")}</Th>
              <Th>{t("open")}</Th>
            </tr>
          </THead>
          <TBody>
            {positions.map((p) => (
              <Tr key={p.id}>
                <Td>
                  <Link
                    href={`/admin/positions/${p.id}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {p.title}
                  </Link>
                  {p.archived ? <Badge className="ml-2">{common("archived")}</Badge> : null}
                </Td>
                <Td>{p.headcount}</Td>
                <Td>{p.filled}</Td>
                <Td>{p.open > 0 ? <Badge tone="warning">{p.open}</Badge> : p.open}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
