import * as russiaNorthKoreaArticle from "../articles/russia-north-korea-partnership/article";
import * as russiaNorthKoreaFacts from "../articles/russia-north-korea-partnership/facts";
import * as tokyoSkytreeArticle from "../articles/tokyo-skytree-opening/article";
import * as tokyoSkytreeFacts from "../articles/tokyo-skytree-opening/facts";
import type { Article } from "./schemas/article-schema";
import { formatIssue, validateArticleData } from "./validation/validate-article";

/** Every article folder, registered by hand so bundlers see static imports. */
const articleModules = [
  { slug: "russia-north-korea-partnership", article: russiaNorthKoreaArticle, facts: russiaNorthKoreaFacts },
  { slug: "tokyo-skytree-opening", article: tokyoSkytreeArticle, facts: tokyoSkytreeFacts },
];

export function loadArticle(entry: {
  slug: string;
  article: { article: unknown };
  facts: { facts: unknown };
}): Article {
  const result = validateArticleData({
    articleFile: `articles/${entry.slug}/article.ts`,
    factsFile: `articles/${entry.slug}/facts.ts`,
    article: entry.article.article,
    facts: entry.facts.facts,
    expectedSlug: entry.slug,
  });
  if (!result.article) {
    throw new Error(`Invalid article "${entry.slug}":\n${result.issues.map(formatIssue).join("\n")}`);
  }
  return result.article;
}

export const articles: readonly Article[] = articleModules.map(loadArticle);
