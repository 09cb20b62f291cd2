"use client";
import { useTranslations } from "next-intl";
import { Alert, Badge, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { useErrorText } from "@/components/forms/use-form-errors";
import type { ImportResult } from "./types";

const actionTone = { create: "success", update: "info", unchanged: "neutral" } as const;

/** The per-row outcome of a preview (or of the finished import): rows with errors first. */
export function ImportPreview({ result }: { result: ImportResult }) {
  const t = useTranslations("staff");
  const errorText = useErrorText();
  const rows = [...result.rows].sort(
    (a, b) => Number(b.errors.length > 0) - Number(a.errors.length > 0) || a.row - b.row,
  );
  return (
    <div className="space-y-4">
      {result.headerErrors.length > 0 ? (
        <Alert tone="danger" role="alert">
          <p className="font-semibold">{t("fileProblems")}</p>
          <ul className="mt-1 list-disc pl-5">
            {result.headerErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <p className="text-sm" role="status">
        {t("previewTotals", result.totals)}
      </p>
      {result.rows.length > 0 ? (
        <Table>
          <THead>
            <tr>
              <Th scope="col">{t("row")}</Th>
              <Th scope="col">{t("email")}</Th>
              <Th scope="col">{t("name")}</Th>
              <Th scope="col">{t("action")}</Th>
              <Th scope="col">{t("changes")}</Th>
              <Th scope="col">{t("errors")}</Th>
            </tr>
          </THead>
          <TBody>
            {rows.map((r) => (
              <Tr key={r.row} className={r.errors.length > 0 ? "bg-red-50" : undefined}>
                <Td>{r.row}</Td>
                <Td>{r.email}</Td>
                <Td>{r.name}</Td>
                <Td>
                  <Badge tone={actionTone[r.action]}>{t(`actions.${r.action}`)}</Badge>
                </Td>
                <Td className="text-xs">{r.changes.join(", ")}</Td>
                <Td>
                  {r.errors.length > 0 ? (
                    <ul className="space-y-1 text-danger">
                      {r.errors.map((e, i) => (
                        <li key={i}>
                          {e.column ? <span className="font-medium">{e.column}: </span> : null}
                          {errorText(e.message)}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
    </div>
  );
}
