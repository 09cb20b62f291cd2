import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { CoursePlayer } from "@/components/learning/course-player";

export async function generateMetadata() {
  return { title: (await getTranslations("learning"))("title") };
}

/**
 * The course player; the procedures only return the caller's own enrolment. The course comes with the page and
 * changes go through server actions, so the player loads neither TanStack Query nor the tRPC client.
 */
export default async function CoursePlayerPage({
  params,
  searchParams,
}: {
  params: Promise<{ enrolmentId: string }>;
  searchParams: Promise<{ item?: string }>;
}) {
  await requireUser();
  const { enrolmentId } = await params;
  const { item } = await searchParams;
  const course = await requireRecord((api) => api.learning.course({ enrolmentId }));
  return (
    <CoursePlayer
      enrolmentId={enrolmentId}
      course={course}
      initialItemId={typeof item === "string" ? item : null}
    />
  );
}
