import { loadArticle, questionFingerprint, reviewEditorBank } from "@jiji/content/server";
import { ARTICLE_FILE_FORMAT } from "@/server/editor/article-file";
import skytree from "../../../../packages/content/articles/tokyo-skytree-opening/article.json" with {
  type: "json",
};

// A shipped article as an editor article of its own, for the editor's database tests.

/**
 * The Skytree article under another slug, without its terms (the tests accept them again). Question ids derive from
 * fact ids, so the copy's facts are renamed (`<factPrefix>-<id>`) and its questions do not collide with the file's.
 * `importFile()` is the import file with every generated question approved, so the copy can be published at once.
 */
export function skytreeCopy(slug: string, factPrefix: string) {
  const article = {
    ...skytree,
    slug,
    facts: skytree.facts
      .filter((fact) => fact.kind !== "term")
      .map((fact) => ({ ...fact, id: `${factPrefix}-${fact.id}` })),
  };
  const importFile = (): string => {
    const questions: Record<string, { status: "approved"; fingerprint: string }> = {};
    for (const { question } of reviewEditorBank(loadArticle({ slug, data: article }), { questions: {} }))
      questions[question.id] = { status: "approved", fingerprint: questionFingerprint(question) };
    return JSON.stringify({ format: ARTICLE_FILE_FORMAT, article, review: { questions } });
  };
  return { article, importFile };
}
