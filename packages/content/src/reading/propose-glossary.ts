import { COMMON_WORDS } from "../japanese/common-words";
import type { Token } from "../japanese/morphology";
import { shortHash } from "../lib/hash";
import { type Article, glossaryOf, type TermFact } from "../schemas/article-schema";

export type GlossaryCandidate = { term: string; reading: string; count: number };

const KANJI = /[\u3400-\u9fff々]/;
/** Noun subtypes that make up a term (a number, a pronoun or a counter does not). */
const TERM_PARTS = new Set(["一般", "サ変接続", "固有名詞", "形容動詞語幹"]);

/** IPADIC tags full-width ? and ! as nouns: a term part is written in kanji or kana only. */
const WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+$/u;

function isTermPart(token: Token): boolean {
  return token.pos === "名詞" && TERM_PARTS.has(token.posDetail) && WORD.test(token.surface);
}

type Compound = { term: string; reading: string; parts: string[] };

/** Runs of nouns read as one word (国連 + 安全 + 保障 + 理事 + 会), with their joined reading. */
function nounCompounds(tokens: readonly Token[]): Compound[] {
  const compounds: Compound[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length > 0) {
      compounds.push({
        term: run.map((token) => token.surface).join(""),
        reading: run.map((token) => token.reading || token.surface).join(""),
        parts: run.map((token) => token.surface),
      });
    }
    run = [];
  };
  for (const token of tokens) {
    const isAdjacent = run.length === 0 || run.at(-1)!.start + run.at(-1)!.surface.length === token.start;
    if (isTermPart(token) && isAdjacent) run.push(token);
    else {
      flush();
      if (isTermPart(token)) run.push(token);
    }
  }
  flush();
  return compounds;
}

/**
 * Candidate glossary terms for an editor to confirm: nouns (and noun compounds) written with kanji that are
 * not made only of everyday words, not a registered entity (names are not glossary terms) and not already a term fact.
 */
export function proposeGlossary(
  article: Article,
  tokensByParagraph: readonly Token[][],
): GlossaryCandidate[] {
  const names = new Set(article.entities.flatMap((entity) => [entity.name, ...entity.aliases]));
  const known = new Set(glossaryOf(article).map((fact) => fact.term));
  const found = new Map<string, GlossaryCandidate>();
  for (const tokens of tokensByParagraph) {
    for (const { term, reading, parts } of nounCompounds(tokens)) {
      if (!KANJI.test(term) || term.length < 2) continue;
      // 軍事協力 is 軍事 + 協力, both everyday words: only a compound with one hard part is proposed.
      if (parts.every((part) => COMMON_WORDS.has(part)) || names.has(term) || known.has(term)) continue;
      if ([...names].some((name) => name.includes(term) || term.includes(name))) continue;
      const entry = found.get(term) ?? { term, reading, count: 0 };
      entry.count += 1;
      found.set(term, entry);
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term, "ja"));
}

/**
 * A confirmed candidate as a `term` fact, before the fact schema parses it: the id derives from the term (one
 * word is one term), the statement says what it means in a workbook sentence (「制裁」とは、…ことである。).
 */
export function termFactFromCandidate(input: {
  term: string;
  reading: string;
  sentence: string;
  section: string;
  definition: { ja: string; en?: string };
  termType: TermFact["termType"];
}): Record<string, unknown> {
  const meaning = input.definition.ja.replace(/[。.]+$/, "");
  const ending = /(こと|もの)$/.test(meaning) ? "である。" : "。";
  return {
    id: `term-${shortHash(input.term)}`,
    kind: "term",
    label: { ja: input.term },
    statement: {
      ja: `「${input.term}」とは、${meaning}${ending}`,
      ...(input.definition.en ? { en: `“${input.term}” (${input.reading}): ${input.definition.en}` } : {}),
    },
    sentence: input.sentence,
    about: [],
    term: input.term,
    reading: input.reading,
    definition: input.definition,
    termType: input.termType,
    section: input.section,
    tags: ["glossary"],
  };
}
