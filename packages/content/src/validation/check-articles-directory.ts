import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Article } from "../schemas/article-schema";
import { type ContentIssue, validateArticleData } from "./validate-article";

export type DirectoryCheck = { articles: Article[]; issues: ContentIssue[] };

async function importExport(
  file: string,
  exportName: string,
): Promise<{ value: unknown; issue?: ContentIssue }> {
  if (!existsSync(file)) {
    return { value: undefined, issue: { file, factId: "-", field: "(file)", message: "file is missing" } };
  }
  try {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    if (!(exportName in module)) {
      return {
        value: undefined,
        issue: { file, factId: "-", field: exportName, message: `missing export "${exportName}"` },
      };
    }
    return { value: module[exportName] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { value: undefined, issue: { file, factId: "-", field: "(import)", message } };
  }
}

/** Validates every `<slug>/article.ts` + `<slug>/facts.ts` folder under `directory`. */
export async function checkArticlesDirectory(directory: string): Promise<DirectoryCheck> {
  const folders = readdirSync(directory)
    .filter((name) => statSync(path.join(directory, name)).isDirectory())
    .sort();
  const articles: Article[] = [];
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    const articleFile = path.join(directory, folder, "article.ts");
    const factsFile = path.join(directory, folder, "facts.ts");
    const article = await importExport(articleFile, "article");
    const facts = await importExport(factsFile, "facts");
    const importIssues = [article.issue, facts.issue].filter((issue) => issue !== undefined);
    if (importIssues.length > 0) {
      issues.push(...importIssues);
      continue;
    }
    const result = validateArticleData({
      articleFile,
      factsFile,
      article: article.value,
      facts: facts.value,
      expectedSlug: folder,
    });
    if (result.article) articles.push(result.article);
    else issues.push(...result.issues);
  }
  return { articles, issues };
}
