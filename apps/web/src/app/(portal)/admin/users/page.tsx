import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { UserList } from "@/components/users/user-list";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  await requireUser(["ADMIN"]);
  return <UserList />;
}
