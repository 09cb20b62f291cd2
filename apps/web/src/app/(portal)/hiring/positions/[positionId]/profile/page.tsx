import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { ProfilePage } from "@/components/profiles/profile-page";

export async function generateMetadata() {
  return { title: (await getTranslations("profiles"))("title") };
}

export default async function PositionProfilePage({ params }: { params: Promise<{ positionId: string }> }) {
  const { positionId } = await params;
  await requireUser(["ADMIN", "HR", "HEAD"], { denied: "forbidden" });
  await requireRecord((api) => api.profiles.get({ positionId }));
  return <ProfilePage positionId={positionId} />;
}
