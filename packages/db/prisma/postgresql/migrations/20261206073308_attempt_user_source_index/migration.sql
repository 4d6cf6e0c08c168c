-- CreateIndex
CREATE INDEX "Attempt_userId_source_idx" ON "Attempt"("userId", "source");

