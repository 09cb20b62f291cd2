-- AlterTable
ALTER TABLE "CourseVersion" ADD COLUMN     "locales" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "mainLocale" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "titles" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "CourseModule" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "CourseItem" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';
