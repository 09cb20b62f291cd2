import { expect, test } from "../../fixtures/test";
import { createPrismaClient } from "@portal/db";
import { createStaffMember, createUser } from "@portal/db/factories";
import { startSession } from "../../fixtures/accounts";

/**
 * A Swedish-speaking newcomer opens a demo course: it is offered in Swedish, so the plan, the player and the
 * lesson are in Swedish. (Falling back to the main language with a note, and equal grading, are integration tests.)
 */
test("a Swedish learner gets a demo course in Swedish", async ({ page }) => {
  const run = Date.now().toString(36);
  const email = `sara.lind.${run}@nordvik.example`;
  const password = "linden harbour quietly";
  const db = createPrismaClient();
  let enrolmentId: string;
  try {
    const user = await createUser(db, {
      role: "STAFF",
      email,
      name: `Sara Lind ${run}`,
      password,
      locale: "sv",
    });
    const department = await db.department.findFirstOrThrow({ where: { name: "Private Banking Service" } });
    const staff = await createStaffMember(db, { departmentId: department.id, userId: user.id });
    const version = await db.courseVersion.findFirstOrThrow({
      where: { status: "PUBLISHED", course: { title: "Serving private individuals" } },
    });
    enrolmentId = (
      await db.enrolment.create({
        data: {
          staffMemberId: staff.id,
          courseId: version.courseId,
          versionId: version.id,
          source: "MANUAL",
        },
      })
    ).id;
  } finally {
    await db.$disconnect();
  }

  await startSession(page, email, password);
  await page.goto("/learning");
  await expect(page.getByRole("heading", { name: "Att betjäna privatpersoner" })).toBeVisible();
  await page.goto(`/learning/${enrolmentId}`);
  await expect(page.getByRole("heading", { name: "Vilka våra privatkunder är", level: 2 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Enkla ord" })).toBeVisible();
  await expect(page.getByText("visas därför på")).toHaveCount(0);
});
