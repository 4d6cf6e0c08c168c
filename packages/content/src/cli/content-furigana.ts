// pnpm content:furigana — writes articles/<slug>/furigana.json (readings for the reading page) for every
// article, so the web app never loads the 18 MB dictionary. content:check fails while one is stale.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { analyse } from "../japanese/morphology";
import { computeFurigana } from "../reading/compute-furigana";
import type { FuriganaFile } from "../reading/furigana-data";
import { checkArticlesDirectory } from "../validation/check-articles-directory";
import { formatIssue } from "../validation/validate-article";

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const directory = path.resolve(process.argv[2] ?? path.join(packageRoot, "articles"));

const { articles, issues } = checkArticlesDirectory(directory);
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error("content:furigana: fix the articles first");
  process.exit(1);
}
for (const article of articles) {
  const file = await computeFurigana(article, analyse);
  const target = path.join(directory, article.slug, "furigana.json");
  writeFileSync(target, formatFuriganaFile(file));
  const count = Object.values(file.paragraphs).reduce((sum, rubies) => sum + rubies.length, 0);
  console.log(`${path.relative(process.cwd(), target)}: ${count} readings`);
}

/** One reading a line, as biome formats it, so a regenerated file diffs line by line and passes the linter. */
function formatFuriganaFile(file: FuriganaFile): string {
  const paragraphs = Object.entries(file.paragraphs).map(([key, rubies]) => {
    const lines = rubies.map((ruby) => `      ${JSON.stringify(ruby).replaceAll(",", ", ")}`);
    return `    ${JSON.stringify(key)}: ${lines.length === 0 ? "[]" : `[\n${lines.join(",\n")}\n    ]`}`;
  });
  return `{\n  "slug": ${JSON.stringify(file.slug)},\n  "sourceHash": ${JSON.stringify(file.sourceHash)},\n  "paragraphs": {\n${paragraphs.join(",\n")}\n  }\n}\n`;
}
