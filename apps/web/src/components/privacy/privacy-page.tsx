"use client";
import { useTranslations } from "next-intl";
import { PageHeader } from "@portal/ui";
import { RetentionSettings } from "./retention-settings";
import { DueList } from "./due-list";
import { EraseCandidate } from "./erase-candidate";

/** ADMIN sets the period and runs retention; HR reads them and erases on request. */
export function PrivacyPage({ isAdmin, candidateId }: { isAdmin: boolean; candidateId?: string }) {
  const t = useTranslations("privacy");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <RetentionSettings canEdit={isAdmin} />
      <EraseCandidate candidateId={candidateId} />
      <DueList canRun={isAdmin} />
    </div>
  );
}
