"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Alert, Badge, Card, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { ProfileEditor, type SaveOutcome } from "./profile-editor";
import { ProfileHistory } from "./profile-history";
import { ProfileCopy } from "./profile-copy";
import { RequirementList } from "./requirement-list";

const linkClass = "text-brand-700 underline underline-offset-4 hover:text-brand-800";

/** The position's hiring profile: HR and ADMIN edit and copy it; a HEAD of its department reads it. */
export function ProfilePage({ positionId }: { positionId: string }) {
  const t = useTranslations("profiles");
  const trpc = useTRPC();
  const query = useQuery(trpc.profiles.get.queryOptions({ positionId }));
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const p = query.data;
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {p ? (
        <div className="space-y-6">
          <PageHeader
            title={t("pageTitle", { title: p.position.title })}
            description={t("description", {
              department: p.position.department.name,
              segment: p.position.department.segment.name,
            })}
            actions={
              <>
                <Badge tone="info">
                  {p.current ? t("currentVersion", { version: p.current.version }) : t("noVersion")}
                </Badge>
                <Link className={linkClass} href={`/admin/positions/${positionId}`}>
                  {t("summaryTitle")}
                </Link>
                <Link className={linkClass} href={`/hiring/positions/${positionId}`}>
                  {t("pipeline")}
                </Link>
              </>
            }
          />
          {p.canEdit ? (
            // keyed by version: a new version (here or by a copy) resets the form to what is stored
            <ProfileEditor
              key={`${p.current?.id ?? "none"}-${p.current?.version ?? 0}`}
              profile={p}
              outcome={outcome}
              onOutcome={setOutcome}
            />
          ) : (
            <Card>
              <Alert tone="info" className="mb-3">
                {t("readOnlyNotice")}
              </Alert>
              <h2 className="mb-3 font-semibold">{t("requirements")}</h2>
              <RequirementList requirements={p.current?.requirements ?? []} />
            </Card>
          )}
          <ProfileHistory versions={p.versions} />
          {p.canEdit && p.current && p.current.requirements.length > 0 ? (
            <ProfileCopy positionId={positionId} title={p.position.title} />
          ) : null}
        </div>
      ) : null}
    </QueryState>
  );
}
