import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Article } from "../schemas/article-schema";
import { isTopicTag, TOPIC_TAGS } from "../schemas/topic-tags";
import { type ContentIssue, validateArticleData } from "./validate-article";

export type DirectoryCheck = { articles: Article[]; issues: ContentIssue[] };

function readJson(file: string): { value: unknown; issue?: ContentIssue } {
  if (!existsSync(file)) {
    return { value: undefined, issue: { file, factId: "-", field: "(file)", message: "file is missing" } };
  }
  try {
    return { value: JSON.parse(readFileSync(file, "utf8")) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { value: undefined, issue: { file, factId: "-", field: "(json)", message } };
  }
}

/** Validates every `<slug>/article.json` under `directory`. */
export function checkArticlesDirectory(directory: string): DirectoryCheck {
  const folders = readdirSync(directory)
    .filter((name) => statSync(path.join(directory, name)).isDirectory())
    .sort();
  const articles: Article[] = [];
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    const file = path.join(directory, folder, "article.json");
    const { value, issue } = readJson(file);
    if (issue) {
      issues.push(issue);
      continue;
    }
    const result = validateArticleData({ file, data: value, expectedSlug: folder });
    const unknownTags = unknownTopicTags(file, value);
    if (result.article && unknownTags.length === 0) articles.push(result.article);
    issues.push(...result.issues, ...unknownTags);
  }
  return { articles, issues };
}

/** A repository article's tags come from the topic vocabulary, so a teacher reads each by its name. */
function unknownTopicTags(file: string, data: unknown): ContentIssue[] {
  const facts = (data as { facts?: unknown } | undefined)?.facts;
  if (!Array.isArray(facts)) return [];
  return facts.flatMap((fact: { id?: unknown; tags?: unknown }) =>
    (Array.isArray(fact?.tags) ? fact.tags : [])
      .filter((tag): tag is string => typeof tag === "string" && !isTopicTag(tag))
      .map((tag) => ({
        file,
        factId: typeof fact.id === "string" ? fact.id : "-",
        field: "tags",
        message: `"${tag}" is not a topic tag: add it with its labels to schemas/topic-tags.ts, or use one of ${Object.keys(TOPIC_TAGS).join(", ")}`,
      })),
  );
}
