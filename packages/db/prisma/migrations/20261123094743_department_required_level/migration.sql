-- AlterTable
ALTER TABLE "Department" ADD COLUMN     "requiredLevel" INTEGER NOT NULL DEFAULT 2;

-- Hand-written: a required level is a real expertise level (aware .. expert).
ALTER TABLE "Department" ADD CONSTRAINT "Department_requiredLevel_range" CHECK ("requiredLevel" BETWEEN 1 AND 4);
