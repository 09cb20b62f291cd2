-- CreateEnum
CREATE TYPE "QuizFeedback" AS ENUM ('SCORE', 'WRONG_QUESTIONS', 'CORRECT_ANSWERS');

-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "feedbackAfterFail" "QuizFeedback" NOT NULL DEFAULT 'WRONG_QUESTIONS',
ADD COLUMN     "feedbackAfterPass" "QuizFeedback" NOT NULL DEFAULT 'CORRECT_ANSWERS';
