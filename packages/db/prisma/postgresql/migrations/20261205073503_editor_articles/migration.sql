-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isEditor" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "EditorArticle" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "title" TEXT NOT NULL,
    "article" TEXT NOT NULL,
    "proposals" TEXT NOT NULL DEFAULT '[]',
    "review" TEXT NOT NULL DEFAULT '{"questions":{}}',
    "published" TEXT,
    "retired" TEXT NOT NULL DEFAULT '[]',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EditorArticle_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EditorArticle_slug_key" ON "EditorArticle"("slug");

-- CreateIndex
CREATE INDEX "EditorArticle_status_idx" ON "EditorArticle"("status");

-- AddForeignKey
ALTER TABLE "EditorArticle" ADD CONSTRAINT "EditorArticle_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

