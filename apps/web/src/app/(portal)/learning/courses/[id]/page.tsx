import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { CourseDetail } from "@/components/courses/course-detail";

export async function generateMetadata() {
  return { title: (await getTranslations("courses"))("courseTitle") };
}

export default async function CoursePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(["ADMIN", "HR"], { denied: "forbidden" });
  await requireRecord((api) => api.courses.byId({ id }));
  return <CourseDetail id={id} />;
}
