import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { CourseList } from "@/components/courses/course-list";

export async function generateMetadata() {
  return { title: (await getTranslations("courses"))("title") };
}

export default async function CoursesPage() {
  await requireUser(["ADMIN", "HR"]);
  return <CourseList />;
}
