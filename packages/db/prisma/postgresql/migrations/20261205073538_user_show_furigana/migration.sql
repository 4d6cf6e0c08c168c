-- AlterTable
ALTER TABLE "User" ADD COLUMN     "showFurigana" BOOLEAN NOT NULL DEFAULT false;

