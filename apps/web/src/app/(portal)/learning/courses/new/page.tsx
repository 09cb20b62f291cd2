import { getTranslations } from "next-intl/server";
import { PageHeader } from "@portal/ui";
import { requireUser } from "@/server/session";
import { CourseDetailsForm } from "@/components/courses/course-details-form";

export async function generateMetadata() {
  return { title: (await getTranslations("courses"))("new") };
}

export default async function NewCoursePage() {
  await requireUser(["ADMIN", "HR"]);
  const t = await getTranslations("courses");
  return (
    <>
      <PageHeader title={t("new")} description={t("newDescription")} />
      <CourseDetailsForm />
    </>
  );
}
