import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { CoursePlayer } from "@/components/learning/course-player";

export async function generateMetadata() {
  return { title: (await getTranslations("learning"))("title") };
}

/** The course player; the procedures only return the caller's own enrolment. */
export default async function CoursePlayerPage({ params, searchParams }: { params: Promise<{ enrolmentId: string }>; searchParams: Promise<{ item?: string }> }) {
  await requireUser();
  const { enrolmentId } = await params;
  const { item } = await searchParams;
  return <CoursePlayer enrolmentId={enrolmentId} initialItemId={typeof item === "string" ? item : null} />;
}
