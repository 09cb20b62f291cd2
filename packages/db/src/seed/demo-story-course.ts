/**
 * Stories become training, in the demo (issue 18): HR has turned a published story into a scenario of a small
 * published course, "Learning from colleagues' stories", and enrolled Private Banking Service in it by hand
 * (not started, due in a month), so a demo learner can answer it and the story's page lists the course.
 * Runs inside the demo seed's transaction, after the stories.
 */
import { scenarioContent } from "@portal/validators";
import type { DbClient } from "../client";
import type { Prisma } from "../generated/prisma/client";

const DAY = 86_400_000;
export const demoStoryCourseTitle = "Learning from colleagues' stories";
export const demoStoryTitle = "The mortgage renewal that started with a worry";

export async function seedDemoStoryCourse(db: DbClient, now = new Date()) {
  const story = await db.serviceStory.findFirstOrThrow({
    where: { title: demoStoryTitle, status: "PUBLISHED" },
    select: { id: true, title: true, segmentId: true },
  });
  const hr = await db.user.findUniqueOrThrow({
    where: { email: "hr@nordvik.example" },
    select: { id: true },
  });
  // The scenario as "Add scenario from a story" made it (the story's Markdown as plain text), finished by the
  // author with the customer's words and a poorer response.
  const content = scenarioContent.parse({
    context:
      "A couple in their fifties called about renewing their mortgage. The real reason for the call was a worry: one of them was about to lose their job.",
    customerSays: "We have come to renew our mortgage. What is your best rate for five years?",
    responses: [
      {
        id: "r1",
        text: "I put the rate comparison aside and asked what their budget would look like on one income. We went through:\n\n- a longer term for two years,\n- an interest-only period,\n- what the buffer in their savings account could cover.",
        feedback: "Ask what the call is really about before you quote a rate.",
        best: true,
      },
      {
        id: "r2",
        text: "Our best five-year rate is in this offer. Shall I send it to you so you can sign today?",
        feedback:
          "A quick quote answers the question they asked, not the worry behind it: they may sign a loan they cannot carry on one income, or renew elsewhere.",
        best: false,
      },
    ],
  });
  const publishedAt = new Date(now.getTime() - 10 * DAY);
  const course = await db.course.create({
    data: {
      title: demoStoryCourseTitle,
      summary: "Scenarios written from the service stories colleagues have published.",
      segments: { connect: [{ id: story.segmentId }] },
      versions: {
        create: {
          version: 1,
          status: "PUBLISHED",
          publishedAt,
          mainLocale: "en",
          modules: {
            create: {
              sortOrder: 0,
              title: "Stories from the front line",
              items: {
                create: {
                  sortOrder: 0,
                  kind: "SCENARIO",
                  title: story.title,
                  durationMinutes: 5,
                  content: content as Prisma.InputJsonValue,
                  sourceStoryId: story.id,
                },
              },
            },
          },
        },
      },
    },
    include: { versions: { select: { id: true } } },
  });
  const learners = await db.staffMember.findMany({
    where: { department: { name: "Private Banking Service" } },
    select: { id: true },
  });
  const enrolledAt = new Date(now.getTime() - 5 * DAY);
  await db.enrolment.createMany({
    data: learners.map((l) => ({
      staffMemberId: l.id,
      courseId: course.id,
      versionId: course.versions[0]!.id,
      source: "MANUAL" as const,
      enrolledById: hr.id,
      enrolledAt,
      dueAt: new Date(now.getTime() + 30 * DAY),
    })),
  });
  return { courses: 1, enrolments: learners.length };
}
