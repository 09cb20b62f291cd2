import { getTranslations } from "next-intl/server";
import { PageHeader } from "@portal/ui";
import { requireUser } from "@/server/session";
import { CandidateImport } from "@/components/candidates/candidate-import";

export async function generateMetadata() {
  return { title: (await getTranslations("candidates"))("importTitle") };
}

/** `?positionId=` preselects the target position ("Import candidates for this position" on a pipeline page). */
export default async function CandidateImportPage({
  searchParams,
}: {
  searchParams: Promise<{ positionId?: string | string[] }>;
}) {
  await requireUser(["ADMIN", "HR"]);
  const t = await getTranslations("candidates");
  const { positionId } = await searchParams;
  return (
    <>
      <PageHeader title={t("importTitle")} description={t("importDescription")} />
      <CandidateImport initialPositionId={typeof positionId === "string" ? positionId : ""} />
    </>
  );
}
