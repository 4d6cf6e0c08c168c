import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_SEED } from "../bank-seed";
import { generateQuestions } from "../generator/generate-questions";
import { checkFuriganaFolder } from "../reading/furigana-folder";
import { checkReview } from "../review/review-file";
import { readReviewFolder } from "../review/review-folder";
import { checkArticlesDirectory } from "../validation/check-articles-directory";
import { formatIssue } from "../validation/validate-article";

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const directory = path.resolve(process.argv[2] ?? path.join(packageRoot, "articles"));

const { articles, issues } = checkArticlesDirectory(directory);
for (const issue of issues) {
  console.error(formatIssue({ ...issue, file: path.relative(process.cwd(), issue.file) }));
}
let reviewProblems = 0;
for (const article of articles) {
  const folder = path.join(directory, article.slug);
  const { review, retired } = readReviewFolder(folder, article.slug);
  const problems = checkReview(generateQuestions(article, { seed: DEFAULT_SEED }), review, retired);
  for (const problem of problems) {
    console.error(
      `${path.relative(process.cwd(), path.join(folder, "review.json"))}  ${problem.questionId}  ${problem.message}`,
    );
  }
  reviewProblems += problems.length;
  const furigana = checkFuriganaFolder(folder, article);
  if (furigana) console.error(`${path.relative(process.cwd(), folder)}  ${furigana}`);
  if (furigana) reviewProblems += 1;
}
if (issues.length > 0 || reviewProblems > 0) {
  console.error(
    `content:check: ${issues.length} problem(s) in the articles, ${reviewProblems} in their reviews (run pnpm content:review, then review what is pending)`,
  );
  process.exit(1);
}
const factCount = articles.reduce((sum, article) => sum + article.facts.length, 0);
console.log(`content:check: ${articles.length} article(s), ${factCount} facts, every question reviewed`);
