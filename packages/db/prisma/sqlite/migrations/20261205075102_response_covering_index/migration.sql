-- DropIndex
DROP INDEX "Response_userId_questionId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Response_userId_questionId_createdAt_isCorrect_timeTakenMs_attemptId_idx" ON "Response"("userId", "questionId", "createdAt", "isCorrect", "timeTakenMs", "attemptId");

