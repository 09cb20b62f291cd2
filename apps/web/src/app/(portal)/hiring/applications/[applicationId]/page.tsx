import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { ApplicationDetail } from "@/components/applications/application-detail";

export async function generateMetadata() {
  return { title: (await getTranslations("applications"))("title") };
}

/** HR and ADMIN see every application; a head only their department's from INTERVIEW on ("not found" otherwise). */
export default async function ApplicationPage({ params }: { params: Promise<{ applicationId: string }> }) {
  const { applicationId } = await params;
  const user = await requireUser(["ADMIN", "HR", "HEAD"], { denied: "forbidden" });
  await requireRecord((api) => api.applications.get({ applicationId }));
  return (
    <ApplicationDetail
      applicationId={applicationId}
      canSeeCandidates={user.role === "ADMIN" || user.role === "HR"}
    />
  );
}
