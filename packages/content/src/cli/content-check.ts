import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkArticlesDirectory } from "../validation/check-articles-directory";
import { formatIssue } from "../validation/validate-article";

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const directory = path.resolve(process.argv[2] ?? path.join(packageRoot, "articles"));

const { articles, issues } = await checkArticlesDirectory(directory);
for (const issue of issues) {
  console.error(formatIssue({ ...issue, file: path.relative(process.cwd(), issue.file) }));
}
if (issues.length > 0) {
  console.error(`content:check: ${issues.length} problem(s) in ${directory}`);
  process.exit(1);
}
const factCount = articles.reduce((sum, article) => sum + article.facts.length, 0);
console.log(`content:check: ${articles.length} article(s), ${factCount} facts, no problems`);
