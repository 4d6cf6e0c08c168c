-- DropIndex
DROP INDEX "Response_userId_questionId_idx";

-- CreateIndex
CREATE INDEX "Response_userId_questionId_createdAt_idx" ON "Response"("userId", "questionId", "createdAt");

