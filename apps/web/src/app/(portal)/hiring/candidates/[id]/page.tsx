import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { CandidateDetail } from "@/components/candidates/candidate-detail";

export async function generateMetadata() {
  return { title: (await getTranslations("candidates"))("title") };
}

/** A head reaches only candidates they can see (others read as "not found") and cannot change anything. */
export default async function CandidatePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { id } = await params;
  const { created } = await searchParams;
  const user = await requireUser(["ADMIN", "HR", "HEAD"], { denied: "forbidden" });
  await requireRecord((api) => api.candidates.get({ id }));
  return (
    <CandidateDetail
      id={id}
      canManage={user.role === "ADMIN" || user.role === "HR"}
      created={created === "1"}
    />
  );
}
