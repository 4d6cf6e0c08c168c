import { fnv1a32, shortHash } from "../lib/hash";
import { seededShuffle } from "../lib/random";
import type { LocalizedText, TermFact } from "../schemas/article-schema";
import type { Question, SingleChoiceOption, SingleChoiceQuestion } from "../schemas/question-types";
import { contains, normalizeCached } from "./distractors";

/** What every question of a fact carries (id, article, citations, version), made by the generator. */
type QuestionBase = Pick<
  Question,
  "id" | "articleSlug" | "factIds" | "template" | "variant" | "citations" | "generatorVersion"
>;
export type TermContext = {
  seed: string;
  /** Every term of the article: the wrong options of one are the others. */
  terms: readonly TermFact[];
  baseFor: (template: string, factIds: string[], variant: string) => QuestionBase;
};

const WRONG_OPTIONS = 3;

/**
 * Could `other` also be what `fact` asks for? One word inside the other (公館, 海外公館) or one meaning written
 * twice: then two options are defensible and neither is used.
 */
function isConfusable(fact: TermFact, other: TermFact): boolean {
  const a = normalizeCached(fact.term);
  const b = normalizeCached(other.term);
  return (
    a.includes(b) ||
    b.includes(a) ||
    normalizeCached(fact.definition.ja) === normalizeCached(other.definition.ja)
  );
}

/**
 * The other terms a term is asked among: of the same termType (acts among acts, things among things), never
 * confusable with it, in an order fixed by the pair of ids (not by array position or seed), so adding a term
 * changes another's options only when it ranks before them.
 */
function rivalsOf(context: TermContext, fact: TermFact): TermFact[] {
  return context.terms
    .filter((other) => other.id !== fact.id && other.termType === fact.termType && !isConfusable(fact, other))
    .map((other) => ({ other, rank: fnv1a32(`${fact.id}|${other.id}`) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ other }) => other);
}

/** Quoted as Japanese quotes: without its final 。, and its own 「」 turned into 『』 inside the outer 「」. */
function quoted(sentence: string): string {
  const inner = sentence.replace(/。$/, "").replaceAll("「", "『").replaceAll("」", "』");
  return `「${inner}」`;
}

function explanation(fact: TermFact, lead: string): LocalizedText {
  const ja = `${lead}記事では${quoted(fact.sentence)}と使われている。`;
  return fact.statement.en ? { ja, en: fact.statement.en } : { ja };
}

function choiceQuestion(
  context: TermContext,
  fact: TermFact,
  template: string,
  stem: string,
  key: string,
  wrong: readonly { text: string; factId: string }[],
  lead: string,
): SingleChoiceQuestion {
  const base = context.baseFor(template, [fact.id], "");
  const optionId = (text: string) => `o-${shortHash(`${base.id}|${normalizeCached(text)}`)}`;
  const options: SingleChoiceOption[] = [
    { id: optionId(key), text: key, isCorrect: true },
    ...wrong.map((option) => ({
      id: optionId(option.text),
      text: option.text,
      isCorrect: false,
      distractorOrigin: "fact" as const,
      distractorFactId: option.factId,
    })),
  ];
  return {
    ...base,
    type: "single-choice",
    stem: { ja: stem },
    explanation: explanation(fact, lead),
    difficulty: 2,
    options: seededShuffle(options, `${context.seed}|${base.id}|options`),
  };
}

/**
 * 「次の説明にあてはまる語句を選びなさい。」 with the definition as the stem and three other terms of the same type
 * as wrong options; none when the article has too few, or when the definition already names an option.
 */
function whichTerm(context: TermContext, fact: TermFact): Question | null {
  // The description quoted as a workbook prints it: 「…こと」 without its own full stop.
  const stem = `次の説明にあてはまる語句を選びなさい。「${fact.definition.ja.replace(/。$/, "")}」`;
  if (contains(stem, fact.term)) return null;
  const wrong = rivalsOf(context, fact)
    .filter((other) => !contains(stem, other.term))
    .slice(0, WRONG_OPTIONS);
  if (wrong.length < WRONG_OPTIONS) return null;
  const reading = fact.reading ? `(${fact.reading})` : "";
  return choiceQuestion(
    context,
    fact,
    "choice:term",
    stem,
    fact.term,
    wrong.map((other) => ({ text: other.term, factId: other.id })),
    `正解は「${fact.term}」${reading}。${fact.statement.ja}`,
  );
}

/**
 * 「「制裁」の意味として正しいものを選びなさい。」 with three other definitions of terms of the same type as wrong
 * options (one that uses the asked word would point at it, so it is left out).
 */
function termMeaning(context: TermContext, fact: TermFact): Question | null {
  const wrong = rivalsOf(context, fact)
    .filter((other) => !contains(other.definition.ja, fact.term))
    .slice(0, WRONG_OPTIONS);
  if (wrong.length < WRONG_OPTIONS) return null;
  const reading = fact.reading ? `(${fact.reading})` : "";
  return choiceQuestion(
    context,
    fact,
    "choice:definition",
    `「${fact.term}」の意味として正しいものを選びなさい。`,
    fact.definition.ja,
    wrong.map((other) => ({ text: other.definition.ja, factId: other.id })),
    `「${fact.term}」${reading}は、${quoted(fact.definition.ja)}という意味。`,
  );
}

/** The questions of one term fact: which term a definition describes, and what the term means (unless notAsked). */
export function termQuestions(context: TermContext, fact: TermFact): Question[] {
  return [
    fact.notAsked.includes("term") ? null : whichTerm(context, fact),
    fact.notAsked.includes("definition") ? null : termMeaning(context, fact),
  ].filter((question) => question !== null);
}
