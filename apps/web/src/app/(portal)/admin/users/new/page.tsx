import { getTranslations } from "next-intl/server";
import { PageHeader } from "@portal/ui";
import { requireUser } from "@/server/session";
import { UserCreate } from "@/components/users/user-create";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("newTitle") };
}

export default async function NewUserPage() {
  await requireUser(["ADMIN"]);
  const t = await getTranslations("users");
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <UserCreate />
    </>
  );
}
