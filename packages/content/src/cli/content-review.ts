// `pnpm content:review`: brings each article's review file up to date with what the generator makes now.
//   unchanged questions keep their status; new or changed ones become "pending"; vanished approved ones retire.
// `pnpm content:review --apply verdicts.json`: records editors' verdicts, [{ "id", "status", "reason"?, "note"? }].
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DEFAULT_SEED } from "../bank-seed";
import { generateQuestions } from "../generator/generate-questions";
import { REJECTION_REASONS, REVIEW_STATUSES, updateReview } from "../review/review-file";
import { readReviewFolder, writeReviewFolder } from "../review/review-folder";
import { checkArticlesDirectory } from "../validation/check-articles-directory";
import { formatIssue } from "../validation/validate-article";

const verdictsSchema = z.array(
  z.object({
    id: z.string(),
    status: z.enum(REVIEW_STATUSES),
    reason: z.enum(REJECTION_REASONS).optional(),
    note: z.string().optional(),
  }),
);

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const directory = path.join(packageRoot, "articles");
const applyIndex = process.argv.indexOf("--apply");
const verdicts =
  applyIndex === -1
    ? []
    : verdictsSchema.parse(JSON.parse(readFileSync(process.argv[applyIndex + 1] ?? "", "utf8")));
const verdictsById = new Map(verdicts.map((verdict) => [verdict.id, verdict]));

const { articles, issues } = checkArticlesDirectory(directory);
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  process.exit(1);
}
let applied = 0;
for (const article of articles) {
  const folder = path.join(directory, article.slug);
  const bank = generateQuestions(article, { seed: DEFAULT_SEED });
  const { review, retired } = readReviewFolder(folder, article.slug);
  const updated = updateReview(bank, review, retired);
  const questions = updated.review.questions.map((entry) => {
    const verdict = verdictsById.get(entry.id);
    if (!verdict) return entry;
    applied++;
    const { reason: _reason, note: _note, ...rest } = entry;
    return { ...rest, ...verdict, question: entry.question };
  });
  writeReviewFolder(folder, { ...updated.review, questions }, updated.retired);
  const count = (status: string) => questions.filter((entry) => entry.status === status).length;
  console.log(
    `${article.slug}: ${bank.length} questions — ${count("approved")} approved, ${count("rejected")} rejected, ${count("pending")} pending; ${updated.counts.retired} newly retired (${updated.retired.length} retired in all)`,
  );
  for (const id of updated.changedApproved) {
    console.error(
      `  ${id}: approved text changed under the same id — bump the revision of its fact so it gets a new id`,
    );
  }
}
if (applyIndex !== -1) console.log(`applied ${applied} of ${verdicts.length} verdicts`);
