import type { Token } from "../japanese/morphology";
import type { Article, Entity } from "../schemas/article-schema";
import type { ReadingOverride } from "../schemas/reading-aids-schema";
import { type FuriganaFile, furiganaSourceHash, paragraphKey, type Ruby } from "./furigana-data";

const KANJI = /[\u3400-\u9fff々〆ヶ]/;
const KANJI_RUN = /[\u3400-\u9fff々〆ヶ]+/g;

function hiragana(text: string): string {
  return text.replace(/[ァ-ヶ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/**
 * Readings for the kanji of a word written at `start`: okurigana and kana inside the word stay bare
 * (締結し → 締結(ていけつ)し, 取り組み → 取(と)り組(く)み). Null where the kana do not line up with the reading.
 */
export function alignReading(surface: string, reading: string, start: number): Ruby[] | null {
  const parts = surface.split(/([\u3400-\u9fff々〆ヶ]+)/).filter(Boolean);
  const pattern = parts.map((part) => (KANJI.test(part) ? "(.+?)" : escapeRegExp(hiragana(part)))).join("");
  const match = new RegExp(`^${pattern}$`, "d").exec(hiragana(reading));
  if (!match?.indices) return null;
  const rubies: Ruby[] = [];
  let group = 1;
  for (const run of surface.matchAll(KANJI_RUN)) {
    const [from, to] = match.indices[group++]!;
    rubies.push([start + run.index, start + run.index + run[0].length, reading.slice(from, to)]);
  }
  return rubies;
}

/** The analyser's reading of one token's kanji; the whole token gets it where the kana do not line up. */
export function rubiesForToken(token: Pick<Token, "surface" | "reading" | "start">): Ruby[] {
  if (!token.reading || !KANJI.test(token.surface)) return [];
  return (
    alignReading(token.surface, token.reading, token.start) ?? [
      [token.start, token.start + token.surface.length, token.reading],
    ]
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The name without a title or 氏 (金正恩総書記 → 金正恩): the form the entity's reading is the reading of. */
function bareName(entity: Entity): string {
  let name = entity.name;
  for (const suffix of [...entity.titles, "氏"].sort((a, b) => b.length - a.length))
    if (name.endsWith(suffix) && name.length > suffix.length) name = name.slice(0, -suffix.length);
  return name;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length))
    found.push(at);
  return found;
}

type FixedReading = { text: string; reading: string; source: "override" | "entity" };

/**
 * Fixed readings (overrides, then entity names): each replaces whatever the analyser read over the same text.
 * A person's reading stays in katakana (キム・ジョンウン, as newspapers print foreign names); others are hiragana.
 */
function fixedReadings(article: Pick<Article, "entities" | "readingOverrides">): FixedReading[] {
  const entityReadings = article.entities.flatMap((entity): FixedReading[] => {
    const name = bareName(entity);
    if (!entity.reading || !KANJI.test(name)) return [];
    const reading = entity.type === "person" ? entity.reading : hiragana(entity.reading);
    return [{ text: name, reading, source: "entity" }];
  });
  const overrides = article.readingOverrides.map((o): FixedReading => ({ ...o, source: "override" }));
  return [...overrides, ...entityReadings];
}

function paragraphTexts(article: Pick<Article, "sections">): string[] {
  return article.sections.flatMap((section) => section.body.map((paragraph) => paragraph.text));
}

/**
 * Why an editor's reading cannot be applied, or null: its text must stand in the article, and kana written in it
 * must line up with the reading (一方の国 read いっぽうのくに), else it would never be shown.
 */
export function readingOverrideProblem(
  article: Pick<Article, "sections">,
  override: ReadingOverride,
): "readingTextNotInArticle" | "readingDoesNotLineUp" | null {
  if (!paragraphTexts(article).some((text) => text.includes(override.text))) return "readingTextNotInArticle";
  if (!KANJI.test(override.text) || !alignReading(override.text, override.reading, 0))
    return "readingDoesNotLineUp";
  return null;
}

/** IPADIC reads 月 after a number as つき (6月 → ろくつき): a counter after a number is がつ. */
function fixCounterReading(token: Token, previous: Token | undefined): Token {
  return token.surface === "月" && previous?.posDetail === "数" ? { ...token, reading: "がつ" } : token;
}

/** A word of one paragraph that gets a reading, and where its reading comes from. */
export type ReadingWord = {
  text: string;
  reading: string;
  source: "override" | "entity" | "analyser";
  start: number;
};

/** The paragraph's words with readings: fixed readings first, then the analyser's words they do not cover. */
export function paragraphReadingWords(
  text: string,
  tokens: readonly Token[],
  article: Pick<Article, "entities" | "readingOverrides">,
): ReadingWord[] {
  const words: ReadingWord[] = [];
  const covered: [number, number][] = [];
  for (const { text: needle, reading, source } of fixedReadings(article)) {
    for (const start of occurrences(text, needle)) {
      const end = start + needle.length;
      // A reading that does not line up with the written kana (ショイグ書記 read ショイグ) is not applied.
      if (!alignReading(needle, reading, start) || covered.some(([s, e]) => s < end && start < e)) continue;
      covered.push([start, end]);
      words.push({ text: needle, reading, source, start });
    }
  }
  for (const [index, raw] of tokens.entries()) {
    const token = fixCounterReading(raw, tokens[index - 1]);
    const end = token.start + token.surface.length;
    if (!token.reading || !KANJI.test(token.surface)) continue;
    if (covered.some(([s, e]) => s < end && token.start < e)) continue;
    words.push({ text: token.surface, reading: token.reading, source: "analyser", start: token.start });
  }
  return words.sort((a, b) => a.start - b.start);
}

export function paragraphRubies(text: string, tokens: readonly Token[], article: Article): Ruby[] {
  return paragraphReadingWords(text, tokens, article).flatMap((word) =>
    word.source === "analyser"
      ? rubiesForToken({ surface: word.text, reading: word.reading, start: word.start })
      : (alignReading(word.text, word.reading, word.start) ?? []),
  );
}

/**
 * Every word of the article that gets a reading, once (first reading seen), in text order: what an editor checks
 * and corrects (an override wins over the entity's reading and the analyser's).
 */
export async function articleReadingWords(
  article: Pick<Article, "sections" | "entities" | "readingOverrides">,
  analyse: (text: string) => Promise<Token[]>,
): Promise<Omit<ReadingWord, "start">[]> {
  const seen = new Map<string, Omit<ReadingWord, "start">>();
  for (const text of paragraphTexts(article)) {
    for (const { start: _start, ...word } of paragraphReadingWords(text, await analyse(text), article))
      if (!seen.has(word.text)) seen.set(word.text, word);
  }
  return [...seen.values()];
}

/** Every paragraph's readings; `analyse` is the shared analyser (the CLI passes it, tests may pass a fake). */
export async function computeFurigana(
  article: Article,
  analyse: (text: string) => Promise<Token[]>,
): Promise<FuriganaFile> {
  const paragraphs: FuriganaFile["paragraphs"] = {};
  for (const section of article.sections) {
    for (const [index, paragraph] of section.body.entries()) {
      paragraphs[paragraphKey(section.id, index)] = paragraphRubies(
        paragraph.text,
        await analyse(paragraph.text),
        article,
      );
    }
  }
  return { slug: article.slug, sourceHash: furiganaSourceHash(article), paragraphs };
}
