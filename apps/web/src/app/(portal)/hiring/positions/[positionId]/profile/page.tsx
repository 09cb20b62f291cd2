import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { ProfilePage } from "@/components/profiles/profile-page";

export async function generateMetadata() {
  return { title: (await getTranslations("profiles"))("title") };
}

export default async function PositionProfilePage({ params }: { params: Promise<{ positionId: string }> }) {
  const { positionId } = await params;
  await requireUser(["ADMIN", "HR", "HEAD"]);
  return <ProfilePage positionId={positionId} />;
}
