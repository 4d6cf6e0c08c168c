import russiaNorthKorea from "../../articles/russia-north-korea-partnership/furigana.json" with {
  type: "json",
};
import tokyoSkytree from "../../articles/tokyo-skytree-opening/furigana.json" with { type: "json" };
import { publishedEditorArticles } from "../editor/published-articles";
import { getArticle } from "../question-bank";
import { type FuriganaFile, furiganaFileSchema, furiganaSourceHash } from "./furigana-data";

// Static imports, as in articles.ts, so bundlers ship the readings and the page never loads the dictionary.
const files: unknown[] = [russiaNorthKorea, tokyoSkytree];

const bySlug = new Map<string, FuriganaFile>(
  files.map((file) => {
    const parsed = furiganaFileSchema.parse(file);
    return [parsed.slug, parsed];
  }),
);

/**
 * An article's precomputed readings (a shipped file's, or those stored with an editor article when it was published
 * or its readings corrected); none when they are stale (offsets could sit on the wrong characters).
 */
export function getFurigana(slug: string): FuriganaFile | undefined {
  const file = bySlug.get(slug) ?? publishedEditorArticles().get(slug)?.furigana;
  const article = getArticle(slug);
  return file && article && file.sourceHash === furiganaSourceHash(article) ? file : undefined;
}
