import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { MyProfile } from "@/components/staff/my-profile";

export async function generateMetadata() {
  return { title: (await getTranslations("staff"))("myTitle") };
}

/** Anyone signed in: their own staff record, or an empty state when they have none. */
export default async function MyProfilePage() {
  await requireUser();
  return <MyProfile />;
}
