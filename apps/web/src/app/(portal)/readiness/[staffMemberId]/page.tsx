import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { ReadinessPerson } from "@/components/readiness/readiness-person";

export async function generateMetadata() {
  return { title: (await getTranslations("readiness"))("title") };
}

/** A head reaches only their department's people (others are "not found"); staff read their own on /readiness/me. */
export default async function ReadinessPersonPage({
  params,
}: {
  params: Promise<{ staffMemberId: string }>;
}) {
  const { staffMemberId } = await params;
  await requireUser(["ADMIN", "HR", "HEAD"], { denied: "forbidden" });
  await requireRecord((api) => api.readiness.person({ staffMemberId }));
  return <ReadinessPerson staffMemberId={staffMemberId} />;
}
