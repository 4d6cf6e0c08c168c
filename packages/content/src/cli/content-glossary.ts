// pnpm content:glossary [slug] — proposes glossary terms for each article: the analyser's nouns that are not
// everyday words. Nothing is written: an editor adds the terms worth explaining to the article's facts as kind
// "term" with a definition (see packages/content/README.md).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { analyse } from "../japanese/morphology";
import { proposeGlossary } from "../reading/propose-glossary";
import { checkArticlesDirectory } from "../validation/check-articles-directory";

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const only = process.argv[2];

const { articles } = checkArticlesDirectory(path.join(packageRoot, "articles"));
for (const article of articles.filter((item) => !only || item.slug === only)) {
  const paragraphs = article.sections.flatMap((section) => section.body.map((paragraph) => paragraph.text));
  const candidates = proposeGlossary(article, await Promise.all(paragraphs.map(analyse)));
  console.log(`# ${article.slug}: ${candidates.length} candidate(s) (term, reading, times in the text)`);
  for (const candidate of candidates)
    console.log(`${candidate.term}\t${candidate.reading}\t${candidate.count}`);
}
