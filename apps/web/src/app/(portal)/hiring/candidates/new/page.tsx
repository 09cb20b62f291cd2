import { getTranslations } from "next-intl/server";
import { PageHeader } from "@portal/ui";
import { requireUser } from "@/server/session";
import { CandidateForm } from "@/components/candidates/candidate-form";
import { emptyCandidate } from "@/components/candidates/form-values";

export async function generateMetadata() {
  return { title: (await getTranslations("candidates"))("newTitle") };
}

/** `?positionId=` preselects the position, so a pipeline page can link "Add a candidate to this position". */
export default async function NewCandidatePage({
  searchParams,
}: {
  searchParams: Promise<{ positionId?: string | string[] }>;
}) {
  await requireUser(["ADMIN", "HR"]);
  const t = await getTranslations("candidates");
  const { positionId } = await searchParams;
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <CandidateForm initial={emptyCandidate(typeof positionId === "string" ? positionId : "")} />
    </>
  );
}
