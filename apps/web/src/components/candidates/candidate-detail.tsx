"use client";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import type { cefrLevels } from "@portal/validators";
import { Alert, Badge, Button, Card, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { languageName, useLevelLabel } from "@/i18n/enum-labels";
import { AddToPosition } from "./add-to-position";
import { CandidateForm } from "./candidate-form";
import type { CandidateFormValues } from "./form-values";
import { CvPanel } from "./cv-panel";
import { stageTone, type CandidateDetail as Detail } from "./types";

const isoDay = (d: Date | string | null) => (d ? new Date(d).toISOString().slice(0, 10) : "");

const toFormValues = (c: Detail): CandidateFormValues => ({
  name: c.name,
  email: c.email ?? "",
  phone: c.phone,
  customerFacingYears: c.customerFacingYears,
  source: c.source,
  notes: c.notes,
  languages: c.languages.map((l) => ({ language: l.language, cefr: l.cefr as (typeof cefrLevels)[number] })),
  expertise: c.expertise.map((e) => ({ segmentId: e.segment.id, level: e.level })),
  certifications: c.certifications.map((x) => ({ name: x.name, expiresAt: isoDay(x.expiresAt) })),
  positionId: "",
});

export function CandidateDetail({
  id,
  canManage,
  created,
}: {
  id: string;
  canManage: boolean;
  created: boolean;
}) {
  const t = useTranslations("candidates");
  const levelLabel = useLevelLabel();
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  const query = useQuery(trpc.candidates.get.queryOptions({ id }));
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const c = query.data;
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {c ? (
        <div className="space-y-8">
          <PageHeader
            title={c.anonymized ? t("anonymizedName") : c.name}
            description={c.email ?? undefined}
            actions={
              <>
                {canManage && !c.anonymized && !editing ? (
                  <Button
                    onClick={() => {
                      setEditing(true);
                      setSaved(false);
                    }}
                  >
                    {t("edit")}
                  </Button>
                ) : null}
                <Button asChild variant="secondary">
                  <Link href="/hiring/candidates">{t("backToList")}</Link>
                </Button>
              </>
            }
          />
          {created ? <Alert tone="success">{t("created", { name: c.name })}</Alert> : null}
          {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
          {c.anonymized ? (
            <Alert tone="info">
              {t("anonymizedNotice", { date: format.dateTime(c.anonymizedAt!, { dateStyle: "medium" }) })}
            </Alert>
          ) : null}

          {editing ? (
            <section aria-labelledby="edit-title" className="space-y-3">
              <h2 id="edit-title" className="text-lg font-semibold">
                {t("editTitle")}
              </h2>
              <CandidateForm
                id={c.id}
                initial={toFormValues(c)}
                onSaved={() => {
                  setEditing(false);
                  setSaved(true);
                }}
                onCancel={() => setEditing(false)}
              />
            </section>
          ) : (
            <Card className="max-w-3xl">
              <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
                <dt className="font-medium">{t("phone")}</dt>
                <dd>{c.phone || "—"}</dd>
                <dt className="font-medium">{t("yearsLong")}</dt>
                <dd>{c.customerFacingYears}</dd>
                <dt className="font-medium">{t("languages")}</dt>
                <dd>
                  {c.languages.length
                    ? c.languages.map((l) => `${languageName(locale, l.language)} ${l.cefr}`).join(", ")
                    : "—"}
                </dd>
                <dt className="font-medium">{t("expertise")}</dt>
                <dd>
                  {c.expertise.length
                    ? c.expertise.map((e) => `${e.segment.name}: ${levelLabel(e.level)}`).join(", ")
                    : "—"}
                </dd>
                <dt className="font-medium">{t("certifications")}</dt>
                <dd>
                  {c.certifications.length
                    ? c.certifications
                        .map((x) =>
                          x.expiresAt
                            ? t("certificationUntil", {
                                name: x.name,
                                date: format.dateTime(new Date(x.expiresAt), {
                                  dateStyle: "medium",
                                  timeZone: "UTC",
                                }),
                              })
                            : x.name,
                        )
                        .join(", ")
                    : "—"}
                </dd>
                <dt className="font-medium">{t("source")}</dt>
                <dd>{c.source || "—"}</dd>
                <dt className="font-medium">{t("notes")}</dt>
                <dd className="whitespace-pre-line">{c.notes || "—"}</dd>
              </dl>
            </Card>
          )}

          <CvPanel candidate={c} canManage={canManage} />

          <section aria-labelledby="applications-title" className="space-y-3">
            <h2 id="applications-title" className="text-lg font-semibold">
              {t("applications")}
            </h2>
            {c.applications.length === 0 ? (
              <p className="text-sm text-muted">{t("noApplications")}</p>
            ) : (
              <Table>
                <THead>
                  <tr>
                    <Th scope="col">{t("position")}</Th>
                    <Th scope="col">{t("department")}</Th>
                    <Th scope="col">{t("stage")}</Th>
                    <Th scope="col">{t("profileVersion")}</Th>
                    <Th scope="col">{t("since")}</Th>
                    <Th scope="col">
                      <span className="sr-only">{t("openApplication")}</span>
                    </Th>
                  </tr>
                </THead>
                <TBody>
                  {c.applications.map((a) => (
                    <Tr key={a.id}>
                      <Td>
                        <Link
                          className="text-brand-700 hover:underline"
                          href={`/hiring/positions/${a.position.id}`}
                        >
                          {a.position.title}
                        </Link>
                      </Td>
                      <Td>{a.position.department.name}</Td>
                      <Td>
                        <Badge tone={stageTone[a.stage]}>{t(`stages.${a.stage}`)}</Badge>
                      </Td>
                      <Td>{t("version", { version: a.profile.version })}</Td>
                      <Td>{format.dateTime(a.stageChangedAt, { dateStyle: "medium" })}</Td>
                      <Td>
                        <Link
                          className="font-medium text-brand-700 hover:underline"
                          href={`/hiring/applications/${a.id}`}
                        >
                          {t("openApplicationFor", { position: a.position.title })}
                        </Link>
                      </Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            )}
          </section>

          {canManage && !c.anonymized ? (
            <AddToPosition candidateId={c.id} currentPositionIds={c.applications.map((a) => a.position.id)} />
          ) : null}

          {canManage ? (
            <section aria-labelledby="privacy-title" className="space-y-2">
              <h2 id="privacy-title" className="text-lg font-semibold">
                {t("privacy")}
              </h2>
              <Link
                className="text-sm font-medium text-danger hover:underline"
                href={`/admin/privacy?candidate=${encodeURIComponent(c.id)}`}
              >
                {t("erase")}
              </Link>
            </section>
          ) : null}
        </div>
      ) : null}
    </QueryState>
  );
}
