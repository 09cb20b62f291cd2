import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { CandidateList } from "@/components/candidates/candidate-list";

export async function generateMetadata() {
  return { title: (await getTranslations("candidates"))("title") };
}

/** HR and ADMIN see every candidate; a head only those in their department's pipelines from INTERVIEW on. */
export default async function CandidatesPage() {
  const user = await requireUser(["ADMIN", "HR", "HEAD"]);
  return <CandidateList canManage={user.role === "ADMIN" || user.role === "HR"} />;
}
