import "server-only";
import type { Question } from "@jiji/content/server";
import { editorReviewSchema } from "@jiji/content/server";
import { type Database, isUniqueViolation } from "@jiji/db";
import {
  type Draft,
  draftArticleSchema,
  EMPTY_PROPOSALS,
  type PublishedSnapshot,
  publishedSnapshotSchema,
  storedProposalsSchema,
} from "./editor-draft";

export const EDITOR_STATUSES = ["draft", "published"] as const;
export type EditorStatus = (typeof EDITOR_STATUSES)[number];

export type EditorRow = Draft & {
  slug: string;
  title: string;
  status: EditorStatus;
  version: number;
  retired: Question[];
  publishedAt: Date | null;
  updatedAt: Date;
  updatedByName: string | null;
};

/** What a change writes: any of the JSON columns, the status and the publication time. */
export type EditorChange = Partial<Draft> & {
  status?: EditorStatus;
  retired?: Question[];
  publishedAt?: Date;
};

export type StoreResult =
  | { ok: true; version: number }
  | { ok: false; reason: "notFound" | "versionConflict" };

type Row = {
  slug: string;
  title: string;
  status: string;
  article: string;
  proposals: string;
  review: string;
  published: string | null;
  retired: string;
  version: number;
  publishedAt: Date | null;
  updatedAt: Date;
  updatedBy: { name: string } | null;
};

function toEditorRow(row: Row): EditorRow {
  return {
    slug: row.slug,
    title: row.title,
    status: row.status === "published" ? "published" : "draft",
    version: row.version,
    article: draftArticleSchema.parse(JSON.parse(row.article)),
    proposals: storedProposalsSchema.parse(JSON.parse(row.proposals)),
    review: editorReviewSchema.parse(JSON.parse(row.review)),
    published: row.published ? publishedSnapshotSchema.parse(JSON.parse(row.published)) : null,
    retired: JSON.parse(row.retired) as Question[],
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedBy?.name ?? null,
  };
}

const ROW_SELECT = {
  slug: true,
  title: true,
  status: true,
  article: true,
  proposals: true,
  review: true,
  published: true,
  retired: true,
  version: true,
  publishedAt: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} as const;

export async function findEditorArticle(db: Database, slug: string): Promise<EditorRow | null> {
  const row = await db.editorArticle.findUnique({ where: { slug }, select: ROW_SELECT });
  return row ? toEditorRow(row) : null;
}

export type EditorListItem = {
  slug: string;
  title: string;
  status: EditorStatus;
  isLive: boolean;
  updatedAt: Date;
  updatedByName: string | null;
  factCount: number;
};

/** Drafts and published articles, last changed first, with who changed them. */
export async function listEditorArticles(db: Database): Promise<EditorListItem[]> {
  const rows = await db.editorArticle.findMany({
    orderBy: { updatedAt: "desc" },
    select: { ...ROW_SELECT, proposals: false, review: false, retired: false, published: false },
  });
  return rows.map((row) => ({
    slug: row.slug,
    title: row.title,
    status: row.status === "published" ? "published" : "draft",
    isLive: row.status === "published",
    updatedAt: row.updatedAt,
    updatedByName: row.updatedBy?.name ?? null,
    factCount: draftArticleSchema.parse(JSON.parse(row.article)).facts.length,
  }));
}

/** Inserts a new draft; the unique slug (not a prior read) decides duplicates, so two editors racing are safe. */
export async function insertEditorArticle(
  db: Database,
  userId: string,
  draft: Pick<Draft, "article"> & Partial<Pick<Draft, "review">>,
): Promise<{ ok: true } | { ok: false; reason: "slugTaken" }> {
  try {
    await db.editorArticle.create({
      data: {
        slug: draft.article.slug,
        title: draft.article.title.ja,
        article: JSON.stringify(draft.article),
        proposals: JSON.stringify(EMPTY_PROPOSALS),
        review: JSON.stringify(draft.review ?? { questions: {} }),
        updatedById: userId,
      },
    });
    return { ok: true };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "slugTaken" };
    throw error;
  }
}

function serialise(change: EditorChange) {
  const published: PublishedSnapshot | null | undefined = change.published;
  return {
    ...(change.article ? { article: JSON.stringify(change.article), title: change.article.title.ja } : {}),
    ...(change.proposals ? { proposals: JSON.stringify(change.proposals) } : {}),
    ...(change.review ? { review: JSON.stringify(change.review) } : {}),
    ...(published ? { published: JSON.stringify(published) } : {}),
    ...(change.retired ? { retired: JSON.stringify(change.retired) } : {}),
    ...(change.status ? { status: change.status } : {}),
    ...(change.publishedAt ? { publishedAt: change.publishedAt } : {}),
  };
}

/**
 * Writes a change only over the version the editor saw: one conditional UPDATE, so of two editors saving the same
 * version exactly one wins and the other is told (nothing is overwritten silently).
 */
export async function writeEditorChange(
  db: Database,
  slug: string,
  expectedVersion: number,
  userId: string,
  change: EditorChange,
): Promise<StoreResult> {
  const { count } = await db.editorArticle.updateMany({
    where: { slug, version: expectedVersion },
    data: { ...serialise(change), version: expectedVersion + 1, updatedById: userId },
  });
  if (count === 1) return { ok: true, version: expectedVersion + 1 };
  const exists = await db.editorArticle.findUnique({ where: { slug }, select: { version: true } });
  return { ok: false, reason: exists ? "versionConflict" : "notFound" };
}
