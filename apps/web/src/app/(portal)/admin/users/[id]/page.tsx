import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { UserDetail } from "@/components/users/user-detail";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("edit") };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(["ADMIN"], { denied: "forbidden" });
  await requireRecord((api) => api.users.byId({ id }));
  return <UserDetail id={id} currentUserId={user.id} />;
}
