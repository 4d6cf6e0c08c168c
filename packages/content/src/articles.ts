import russiaNorthKorea from "../articles/russia-north-korea-partnership/article.json" with { type: "json" };
import russiaNorthKoreaRetired from "../articles/russia-north-korea-partnership/retired.json" with {
  type: "json",
};
import russiaNorthKoreaReview from "../articles/russia-north-korea-partnership/review.json" with {
  type: "json",
};
import tokyoSkytree from "../articles/tokyo-skytree-opening/article.json" with { type: "json" };
import tokyoSkytreeRetired from "../articles/tokyo-skytree-opening/retired.json" with { type: "json" };
import tokyoSkytreeReview from "../articles/tokyo-skytree-opening/review.json" with { type: "json" };
import { type ArticleReview, loadReview } from "./review/article-review";
import type { Article } from "./schemas/article-schema";
import { formatIssue, validateArticleData } from "./validation/validate-article";

/** Every shipped article folder (facts, review decisions, retired questions), imported statically for bundlers. */
const articleFolders: { slug: string; data: unknown; review: unknown; retired: unknown }[] = [
  {
    slug: "russia-north-korea-partnership",
    data: russiaNorthKorea,
    review: russiaNorthKoreaReview,
    retired: russiaNorthKoreaRetired,
  },
  {
    slug: "tokyo-skytree-opening",
    data: tokyoSkytree,
    review: tokyoSkytreeReview,
    retired: tokyoSkytreeRetired,
  },
];

/** Validates one article's data (a shipped file or an editor's draft) and returns it, or throws with every problem. */
export function loadArticle(entry: { slug: string; data: unknown }): Article {
  const result = validateArticleData({
    file: `articles/${entry.slug}/article.json`,
    data: entry.data,
    expectedSlug: entry.slug,
  });
  if (!result.article) {
    throw new Error(`Invalid article "${entry.slug}":\n${result.issues.map(formatIssue).join("\n")}`);
  }
  return result.article;
}

export const articles: readonly Article[] = articleFolders.map(loadArticle);

export const reviewsBySlug: ReadonlyMap<string, ArticleReview> = new Map(
  articleFolders.map((folder) => [folder.slug, loadReview(folder.slug, folder.review, folder.retired)]),
);
