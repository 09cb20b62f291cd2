import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { CourseImport } from "@/components/courses/course-import";

export async function generateMetadata() {
  return { title: (await getTranslations("courses"))("importTitle") };
}

export default async function ImportCoursePage() {
  await requireUser(["ADMIN", "HR"]);
  return <CourseImport />;
}
