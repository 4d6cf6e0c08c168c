import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Article } from "../schemas/article-schema";
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
    if (result.article) articles.push(result.article);
    else issues.push(...result.issues);
  }
  return { articles, issues };
}
