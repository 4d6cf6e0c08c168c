import type { Article } from "../schemas/article-schema";

/** content:check's rules for the glossary: every term stands in the text (or it links nowhere), ids are unique. */
export function glossaryProblems(article: Article): string[] {
  const body = article.sections
    .flatMap((section) => section.body.map((paragraph) => paragraph.text))
    .join("\n");
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const term of article.glossary) {
    if (seen.has(term.id)) problems.push(`glossary id "${term.id}" is used twice`);
    seen.add(term.id);
    if (!body.includes(term.term)) problems.push(`glossary term "${term.term}" does not occur in the text`);
  }
  return problems;
}
