"use client";
import { useTranslations } from "next-intl";
import type { ImportDecision } from "@portal/validators";
import { Alert, Badge, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { useErrorText } from "@/components/forms/use-form-errors";
import type { ImportPreviewResult } from "./types";

/** Every row of the preview: parsed values, per-field errors (highlighted, listed first) and duplicate decisions. */
export function ImportPreviewTable({
  result,
  decisions,
  onDecide,
}: {
  result: ImportPreviewResult;
  decisions: Record<number, ImportDecision>;
  onDecide: (row: number, decision: ImportDecision) => void;
}) {
  const t = useTranslations("candidates");
  const errorText = useErrorText();
  const rows = [...result.rows].sort(
    (a, b) => Number(b.errors.length > 0) - Number(a.errors.length > 0) || a.row - b.row,
  );
  const segmentName = (id: string) => result.segmentNames[id] ?? id;
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
      {rows.length > 0 ? (
        <Table>
          <THead>
            <tr>
              <Th scope="col">{t("row")}</Th>
              <Th scope="col">{t("name")}</Th>
              <Th scope="col">{t("email")}</Th>
              <Th scope="col">{t("details")}</Th>
              <Th scope="col">{t("outcome")}</Th>
            </tr>
          </THead>
          <TBody>
            {rows.map((r) => (
              <Tr key={r.row} className={r.errors.length > 0 ? "bg-red-50" : undefined} data-row={r.row}>
                <Td>{r.row}</Td>
                <Td>{r.name}</Td>
                <Td>{r.email}</Td>
                <Td className="text-xs">
                  {r.values ? (
                    <ul className="space-y-0.5">
                      <li>{t("yearsShort", { years: r.values.customerFacingYears })}</li>
                      {r.values.languages.length ? (
                        <li>{r.values.languages.map((l) => `${l.language} ${l.cefr}`).join(", ")}</li>
                      ) : null}
                      {r.values.expertise.length ? (
                        <li>
                          {r.values.expertise
                            .map((e) => `${segmentName(e.segmentId)}: ${e.level}`)
                            .join(", ")}
                        </li>
                      ) : null}
                      {r.values.certifications.length ? (
                        <li>
                          {r.values.certifications
                            .map((c) => (c.expiresAt ? `${c.name} (${c.expiresAt})` : c.name))
                            .join(", ")}
                        </li>
                      ) : null}
                    </ul>
                  ) : null}
                </Td>
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
                  ) : r.action === "create" ? (
                    <Badge tone="success">{t("willCreate")}</Badge>
                  ) : (
                    <fieldset className="space-y-1">
                      <legend className="text-sm">
                        {r.duplicateOf?.row
                          ? t("duplicateOfRow", { row: r.duplicateOf.row })
                          : t("duplicateOfExisting", { name: r.duplicateOf?.name ?? "" })}
                        {r.inPipeline ? (
                          <span className="text-muted"> · {t("alreadyInPosition")}</span>
                        ) : null}
                      </legend>
                      {(["merge", "skip"] as const).map((d) => (
                        <label key={d} className="mr-4 inline-flex items-center gap-1 text-sm">
                          <input
                            type="radio"
                            name={`decision-${r.row}`}
                            value={d}
                            checked={(decisions[r.row] ?? "merge") === d}
                            onChange={() => onDecide(r.row, d)}
                          />
                          {t(`decisions.${d}`)}
                        </label>
                      ))}
                    </fieldset>
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
    </div>
  );
}
