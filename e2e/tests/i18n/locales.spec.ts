import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "@portal/db";
import { createStaffMember, createUser } from "@portal/db/factories";
import { startSession } from "../../fixtures/accounts";
import { expectAccessible } from "../../fixtures/axe";
import { englishOn, englishPhrases, expectNoEnglish, message } from "../../fixtures/catalogue";

/**
 * Issue 17, item 6: a staff member's journey (home, My onboarding, a course with a quiz, My readiness) and HR's
 * (hiring, a position's board, an application) in Swedish and in Greek: no English phrase of the message catalogue
 * on any of those pages, and axe finds nothing serious there. Each test signs in as a person of its own whose
 * language is the locale (the demo accounts keep theirs), so it runs among the read-only scans.
 */
const password = "linden harbour quietly";

async function settled(page: Page, locale: string) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(message(locale, "common.loading"))).toHaveCount(0);
}

async function checkPage(page: Page, locale: string, phrases: ReturnType<typeof englishPhrases>) {
  await settled(page, locale);
  await expectNoEnglish(page, phrases);
  await expectAccessible(page);
}

for (const locale of ["sv", "el"]) {
  const phrases = englishPhrases(locale);

  test(`a staff member's home, onboarding, quiz and readiness in ${locale}`, async ({ page }) => {
    test.setTimeout(120_000);
    const run = `${locale}${Date.now().toString(36)}`;
    const email = `learner.${run}@nordvik.example`;
    const db = createPrismaClient();
    let enrolmentId: string;
    let quizId: string;
    try {
      const user = await createUser(db, { role: "STAFF", email, name: `Lind ${run}`, password, locale });
      const department = await db.department.findFirstOrThrow({ where: { name: "Private Banking Service" } });
      const staff = await createStaffMember(db, { departmentId: department.id, userId: user.id });
      const version = await db.courseVersion.findFirstOrThrow({
        where: { status: "PUBLISHED", course: { title: "Serving private individuals" } },
        select: { id: true, courseId: true },
      });
      const quiz = await db.courseItem.findFirstOrThrow({
        where: { module: { versionId: version.id }, kind: "QUIZ" },
        select: { id: true },
      });
      quizId = quiz.id;
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
    for (const path of ["/", "/learning", `/learning/${enrolmentId}`, "/readiness/me"]) {
      await page.goto(path);
      await checkPage(page, locale, phrases);
    }
    // The quiz: its rules, then a submitted attempt and its result.
    await page.goto(`/learning/${enrolmentId}?item=${encodeURIComponent(quizId)}`);
    await settled(page, locale);
    await page.getByRole("button", { name: message(locale, "learning.startAttempt") }).click();
    await page.getByRole("button", { name: message(locale, "learning.submit") }).click();
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: message(locale, "learning.submit") })
      .click();
    await expect(page.getByRole("button", { name: message(locale, "learning.tryAgain") })).toBeVisible();
    await checkPage(page, locale, phrases);
  });

  test(`HR's hiring, a position's board and an application in ${locale}`, async ({ page }) => {
    const run = `${locale}${Date.now().toString(36)}`;
    const email = `hr.${run}@nordvik.example`;
    const db = createPrismaClient();
    let application: { id: string; positionId: string };
    try {
      await createUser(db, { role: "HR", email, name: `Hr ${run}`, password, locale });
      application = await db.application.findFirstOrThrow({
        where: { stage: { in: ["SCREENING", "INTERVIEW"] } },
        orderBy: { createdAt: "asc" },
        select: { id: true, positionId: true },
      });
    } finally {
      await db.$disconnect();
    }

    // The detector sees English where there is some: the sign-in page, shown before anyone's language is known.
    await page.goto("/login");
    expect(await englishOn(page, phrases)).not.toEqual([]);
    await startSession(page, email, password);
    for (const path of [
      "/hiring",
      `/hiring/positions/${application.positionId}`,
      `/hiring/applications/${application.id}`,
    ]) {
      await page.goto(path);
      await checkPage(page, locale, phrases);
    }
  });
}
