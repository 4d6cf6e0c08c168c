import { indexEntities, namesOf } from "../entities";
import { GENERATOR_VERSION } from "../generator-version";
import { fnv1a32, questionIdFor, shortHash } from "../lib/hash";
import { createRandom, seededShuffle } from "../lib/random";
import {
  type Article,
  type Fact,
  type FactKind,
  glossaryOf,
  type LocalizedText,
} from "../schemas/article-schema";
import { datesOverlap, formatDateJa, parsePartialDate } from "../schemas/fact-date";
import type {
  Citation,
  Difficulty,
  OrderItem,
  Question,
  QuestionType,
  SingleChoiceOption,
} from "../schemas/question-types";
import { BLANK } from "./blank";
import {
  buildKnowledge,
  contains,
  distractorCandidates,
  type Knowledge,
  normalizeCached,
} from "./distractors";
import { answerText, blankNumber, type Slot, slotsForFact } from "./fact-slots";
import { termQuestions } from "./term-questions";

export { GENERATOR_VERSION };

export type GenerateOptions = {
  seed: string;
  types?: readonly QuestionType[];
  kinds?: readonly FactKind[];
  sections?: readonly string[];
  tags?: readonly string[];
};

/** Longer answers are not fair to type; they are asked as choices instead. */
const MAX_CLOZE_ANSWER_LENGTH = 12;
const HIRAGANA = /[\u3041-\u309f]/g;

/**
 * A fill-in asks for a term a student can write one way: a name (every alias is accepted), or a short noun
 * phrase — not a list (「AとB」 may be written 「BとA」), not a clause that ends in an inflection (警鐘を鳴らしている).
 */
function isTypeableTerm(context: Context, answer: string): boolean {
  if (context.knowledge.entities.named(answer)) return true;
  if (answer.length > MAX_CLOZE_ANSWER_LENGTH) return false;
  if (/[と、や]/.test(answer.replace(/[ぁ-ゖ]+$/, ""))) return false;
  return (answer.match(HIRAGANA)?.length ?? 0) <= 2 && !/[ぁ-ゖ]$/.test(answer);
}
const GROUP_MIN = 3;
const GROUP_MAX = 4;

type Context = {
  article: Article;
  seed: string;
  knowledge: Knowledge;
  factsById: Map<string, Fact>;
};

function citationsFor(context: Context, factIds: readonly string[]): Citation[] {
  const sourceIds = new Set(factIds.flatMap((id) => context.factsById.get(id)?.sourceIds ?? []));
  return context.article.sources
    .filter((source) => sourceIds.has(source.id))
    .map((source) => ({
      sourceId: source.id,
      publisher: source.publisher,
      title: source.title,
      url: source.url,
      publishedDate: source.publishedDate,
      publishedDateAsWritten: source.publishedDateAsWritten,
    }));
}

/**
 * A lead ("正解は…。"), the fact's statement and, for one fact, the article's own words: what a student should take
 * away and where the article says so — nothing for editors.
 */
function explain(context: Context, facts: readonly Fact[], lead: string): LocalizedText {
  const [only] = facts;
  const isOwnWords =
    only !== undefined && normalizeCached(only.sentence) === normalizeCached(only.statement.ja);
  const evidence =
    facts.length === 1 && only && !isOwnWords
      ? `(記事の該当箇所:「${only.sentence}」)${otherNamesGlossed(context, only)}`
      : "";
  const ja = `${lead}${facts.map((fact) => fact.statement.ja).join("")}${evidence}`;
  const en = facts.every((fact) => fact.statement.en)
    ? facts.map((fact) => fact.statement.en).join(" ")
    : undefined;
  return en ? { ja, en } : { ja };
}

/**
 * Where the quoted sentence calls something by another name than the statement does (相互支援条約 for
 * 包括的戦略パートナーシップ条約), a line that says they are the same, so the quote does not seem to contradict the
 * key. A shortened form (金総書記 for 金正恩総書記) needs no such line.
 */
function otherNamesGlossed(context: Context, fact: Fact): string {
  return fact.about
    .flatMap((id) => {
      const entity = context.knowledge.entities.byId.get(id);
      if (!entity || !fact.statement.ja.includes(entity.name) || fact.sentence.includes(entity.name))
        return [];
      const other = entity.aliases.find(
        (alias) =>
          fact.sentence.includes(alias) &&
          !fact.statement.ja.includes(alias) &&
          !isShortenedForm(alias, entity.name) &&
          !isShortenedForm(entity.name, alias),
      );
      return other ? [`記事の「${other}」は、${entity.name}のこと。`] : [];
    })
    .join("");
}

/** Whether `short` keeps some of `long`'s characters in their order and drops the rest. */
function isShortenedForm(short: string, long: string): boolean {
  const characters = [...short];
  let matched = 0;
  for (const character of long) if (character === characters[matched]) matched++;
  return matched === characters.length;
}

const BASE_DIFFICULTY: Record<QuestionType, number> = {
  "true-false": 1,
  "single-choice": 2,
  matching: 3,
  ordering: 3,
  numeric: 3,
  cloze: 4,
};

function difficultyFor(type: QuestionType, facts: readonly Fact[], extra = 0): Difficulty {
  const assessment = facts.some((fact) => fact.stance.type === "assessment") ? 1 : 0;
  return Math.min(5, Math.max(1, BASE_DIFFICULTY[type] + assessment + extra)) as Difficulty;
}

function common(context: Context, template: string, factIds: string[], variant: string) {
  // A corrected fact (revision > 0) gives its questions new ids; revision 0 keeps the ids of the first version.
  const revised = factIds.map((id) => {
    const revision = context.factsById.get(id)?.revision ?? 0;
    return revision > 0 ? `${id}@${revision}` : id;
  });
  return {
    id: questionIdFor(template, revised, variant),
    articleSlug: context.article.slug,
    factIds: [...factIds].sort(),
    template,
    variant,
    citations: citationsFor(context, factIds),
    generatorVersion: GENERATOR_VERSION,
  };
}

function choicePrompt(slot: Slot): string {
  return `次の文の${BLANK}に入る${blankHolds(slot)}として正しいものを選びなさい。`;
}

/** A day is a 日付 (2012年5月22日), a month or a year a 時期 (2024年6月); a length of time is a 期間, not a 数. */
function blankHolds(slot: Slot): string {
  if (slot.answer.kind === "date")
    return parsePartialDate(slot.answer.date)?.precision === "day" ? "日付" : "時期";
  if (slot.answer.kind === "number") return slot.fact.kind === "duration" ? "期間" : "数";
  return "語句";
}

function singleChoice(context: Context, slot: Slot): Question | null {
  const answer = answerText(slot.answer);
  const stemJa = `${choicePrompt(slot)}${slot.sentence(BLANK)}`;
  if (contains(stemJa, answer)) return null;
  const base = common(context, `choice:${slot.field}`, [slot.fact.id], slot.variant);
  const random = createRandom(`${context.seed}|${base.id}`);
  const distractors = distractorCandidates(slot, context.knowledge, random)
    .filter((candidate) => !contains(stemJa, candidate.text))
    .slice(0, 3);
  if (distractors.length < 3) return null;
  const optionId = (text: string) => `o-${shortHash(`${base.id}|${normalizeCached(text)}`)}`;
  const options: SingleChoiceOption[] = [
    { id: optionId(answer), text: answer, isCorrect: true },
    ...distractors.map((candidate) => ({
      id: optionId(candidate.text),
      text: candidate.text,
      isCorrect: false,
      distractorOrigin: candidate.origin,
      ...(candidate.factId ? { distractorFactId: candidate.factId } : {}),
    })),
  ];
  const fromFacts = distractors.filter((candidate) => candidate.origin === "fact").length;
  return {
    ...base,
    type: "single-choice",
    stem: { ja: stemJa },
    explanation: explain(context, [slot.fact], `正解は「${answer}」。`),
    difficulty: difficultyFor("single-choice", [slot.fact], fromFacts === 3 ? 1 : 0),
    options: seededShuffle(options, `${context.seed}|${base.id}|options`),
  };
}

const TRUE_FALSE_PROMPT = "次の文は、記事の内容として正しいか、誤りか。";

/** One true statement per fact: the statement itself. */
function trueStatement(context: Context, fact: Fact): Question {
  return {
    ...common(context, "tf:statement", [fact.id], "true"),
    type: "true-false",
    stem: { ja: `${TRUE_FALSE_PROMPT}${fact.statement.ja}` },
    explanation: explain(context, [fact], "正しい。"),
    difficulty: difficultyFor("true-false", [fact]),
    answer: true,
  };
}

/** The statement with one value swapped for a wrong one that the truth check passed; none when there is none. */
function falseStatement(context: Context, slot: Slot): Question | null {
  const answer = answerText(slot.answer);
  const base = common(
    context,
    `tf:${slot.field}`,
    [slot.fact.id],
    slot.variant ? `false|${slot.variant}` : "false",
  );
  const random = createRandom(`${context.seed}|${base.id}`);
  const swap = distractorCandidates(slot, context.knowledge, random)[0];
  if (!swap) return null;
  return {
    ...base,
    type: "true-false",
    stem: { ja: `${TRUE_FALSE_PROMPT}${slot.sentence(swap.text)}` },
    explanation: explain(context, [slot.fact], `誤り。「${swap.text}」ではなく「${answer}」が正しい。`),
    difficulty: difficultyFor("true-false", [slot.fact], swap.origin === "fact" ? 1 : 0),
    answer: false,
    swappedValue: swap.text,
    ...(swap.factId ? { swappedFromFactId: swap.factId } : {}),
  };
}

/** The answer, every name of the entity it names, and the variants the fact lists for it. */
function acceptedAnswersFor(context: Context, slot: Slot, answer: string): string[] {
  const entity = context.knowledge.entities.named(answer);
  return [
    ...new Set([answer, ...(entity ? namesOf(entity) : []), ...(slot.fact.acceptedVariants[answer] ?? [])]),
  ];
}

function cloze(context: Context, slot: Slot): Question | null {
  // A blank in a list (「A、(  )などを強化する」) fits every other item the article lists elsewhere.
  if (slot.answer.kind !== "text" || slot.ownValues.length > 1) return null;
  const answer = slot.answer.text;
  if (!isTypeableTerm(context, answer)) return null;
  const stemJa = `次の文の${BLANK}に当てはまる語句を書きなさい。${slot.sentence(BLANK)}`;
  if (contains(stemJa, answer)) return null;
  return {
    ...common(context, `cloze:${slot.field}`, [slot.fact.id], slot.variant),
    type: "cloze",
    stem: { ja: stemJa },
    explanation: explain(context, [slot.fact], `正解は「${answer}」。`),
    difficulty: difficultyFor("cloze", [slot.fact], answer.length > 8 ? 1 : 0),
    acceptedAnswers: acceptedAnswersFor(context, slot, answer),
  };
}

function numeric(context: Context, slot: Slot): Question | null {
  const answer = slot.answer;
  if (answer.kind === "number") {
    // The blank sits inside the figure as the article writes it (第(  )次, (  )人規模): no unit to guess.
    const inPlace = blankNumber(answer.asWritten, answer.value);
    if (!inPlace) return null;
    const stemJa = `次の文の${BLANK}に入る数を答えなさい。${slot.sentence(inPlace)}`;
    return {
      ...common(context, `numeric:${slot.field}`, [slot.fact.id], ""),
      type: "numeric",
      stem: { ja: stemJa },
      explanation: explain(context, [slot.fact], `正解は「${answer.asWritten}」。`),
      difficulty: difficultyFor("numeric", [slot.fact]),
      unit: answer.unit,
      answer: { value: answer.value, tolerance: answer.tolerance, asWritten: answer.asWritten },
    };
  }
  if (answer.kind === "date") {
    const parsed = parsePartialDate(answer.date);
    if (!parsed) return null;
    const rest = formatDateJa(answer.date).slice(`${parsed.year}年`.length);
    const stemJa = `次の文の${BLANK}に入る年を、西暦の数字で答えなさい。${slot.sentence(`${BLANK}年${rest}`)}`;
    if (stemJa.includes(String(parsed.year))) return null;
    return {
      ...common(context, "numeric:year", [slot.fact.id], ""),
      type: "numeric",
      stem: { ja: stemJa },
      explanation: explain(context, [slot.fact], `正解は${parsed.year}年。`),
      difficulty: difficultyFor("numeric", [slot.fact]),
      unit: "年",
      answer: { value: parsed.year, tolerance: 0, asWritten: `${parsed.year}年`, isCalendarYear: true },
    };
  }
  return null;
}

type GroupMember = { fact: Fact; left: string; right: string; dateValue?: string; unit?: string };

/** Groups chosen by hashing fact-id pairs, so adding an unrelated fact never regroups existing ones. */
function buildGroups(
  members: readonly GroupMember[],
  isCompatible: (a: GroupMember, b: GroupMember) => boolean,
) {
  const groups = new Map<string, GroupMember[]>();
  for (const anchor of members) {
    const ranked = members
      .filter((other) => other.fact.id !== anchor.fact.id)
      .map((other) => ({ other, rank: fnv1a32(`${anchor.fact.id}|${other.fact.id}`) }))
      .sort((a, b) => a.rank - b.rank)
      .map(({ other }) => other);
    const group = [anchor];
    for (const candidate of ranked) {
      if (group.length >= GROUP_MAX) break;
      if (group.every((member) => isCompatible(member, candidate))) group.push(candidate);
    }
    if (group.length < GROUP_MIN) continue;
    // Two groups sharing all but one item ask nearly the same question: keep the first.
    const ids = new Set(group.map((member) => member.fact.id));
    const isNearCopy = [...groups.values()].some(
      (kept) =>
        kept.filter((member) => ids.has(member.fact.id)).length >= Math.min(kept.length, group.length) - 1,
    );
    if (!isNearCopy) {
      const key = [...ids].sort().join(",");
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

const distinctTexts = (a: GroupMember, b: GroupMember) =>
  normalizeCached(a.left) !== normalizeCached(b.left) &&
  normalizeCached(a.right) !== normalizeCached(b.right);

/** Events with a date; `stated` keeps only dates the article writes (a matching item must not ask for an inferred one). */
function datedMembers(facts: readonly Fact[], stated: boolean): GroupMember[] {
  return facts.flatMap((fact) => {
    const date = fact.kind === "event" || fact.kind === "date" ? fact.date : undefined;
    if (!date || (stated && date.isInferred)) return [];
    return [
      { fact, left: fact.label.ja, right: date.asWritten ?? formatDateJa(date.value), dateValue: date.value },
    ];
  });
}

const datesDistinct = (a: GroupMember, b: GroupMember) =>
  distinctTexts(a, b) && !datesOverlap(a.dateValue ?? "", b.dateValue ?? "");

function orderingQuestions(context: Context, facts: readonly Fact[]): Question[] {
  return buildGroups(datedMembers(facts, false), datesDistinct).map((group) => {
    const sorted = [...group].sort((a, b) => (a.dateValue ?? "").localeCompare(b.dateValue ?? ""));
    const base = common(
      context,
      "order:events",
      group.map((member) => member.fact.id),
      "",
    );
    const items: OrderItem[] = sorted.map((member) => ({
      id: `i-${shortHash(`${base.id}|${member.left}`)}`,
      text: member.left,
      factId: member.fact.id,
    }));
    const sortedFacts = sorted.map((member) => member.fact);
    return {
      ...base,
      type: "ordering",
      stem: {
        ja: "次の出来事を、古いものから順に並べなさい。",
        en: "Put these events in order, oldest first.",
      },
      explanation: explain(
        context,
        sortedFacts,
        `古い順に、${sorted.map((member) => `${member.left}(${member.right})`).join(" → ")}。`,
      ),
      difficulty: difficultyFor("ordering", sortedFacts, group.length > 3 ? 1 : 0),
      items,
    };
  });
}

type MatchingFamily = {
  name: string;
  prompt: LocalizedText;
  members: (facts: readonly Fact[]) => GroupMember[];
  isCompatible: (a: GroupMember, b: GroupMember) => boolean;
};

const MATCHING_FAMILIES: MatchingFamily[] = [
  {
    name: "person-title",
    prompt: {
      ja: "人物と、記事での肩書きを正しく組み合わせなさい。",
      en: "Match each person to the title the article gives them.",
    },
    members: (facts) =>
      facts.flatMap((fact) =>
        fact.kind === "person-role" && fact.role[0] ? [{ fact, left: fact.person, right: fact.role[0] }] : [],
      ),
    isCompatible: distinctTexts,
  },
  {
    name: "event-date",
    prompt: {
      ja: "出来事と、それが起きた時期を正しく組み合わせなさい。",
      en: "Match each event to when it happened.",
    },
    members: (facts) => datedMembers(facts, true),
    isCompatible: datesDistinct,
  },
  {
    name: "figure",
    prompt: {
      ja: "事柄と、記事にある数字を正しく組み合わせなさい。",
      en: "Match each item to its figure in the article.",
    },
    members: (facts) =>
      facts.flatMap((fact) =>
        fact.kind === "quantity" || fact.kind === "duration"
          ? [{ fact, left: fact.label.ja, right: fact.asWritten, unit: fact.unit }]
          : [],
      ),
    // Figures of one unit only: a lone 「人」 among heights would match itself.
    isCompatible: (a, b) => distinctTexts(a, b) && a.unit === b.unit,
  },
];

function matchingQuestions(context: Context, facts: readonly Fact[]): Question[] {
  return MATCHING_FAMILIES.flatMap((family) =>
    buildGroups(family.members(facts), family.isCompatible).map((group): Question => {
      const base = common(
        context,
        `match:${family.name}`,
        group.map((member) => member.fact.id),
        "",
      );
      const left = group.map((member) => ({
        id: `l-${shortHash(`${base.id}|L|${member.left}`)}`,
        text: member.left,
        factId: member.fact.id,
      }));
      const right = group.map((member) => ({
        id: `r-${shortHash(`${base.id}|R|${member.right}`)}`,
        text: member.right,
        factId: member.fact.id,
      }));
      const correctPairs = Object.fromEntries(left.map((item, index) => [item.id, right[index]?.id ?? ""]));
      const groupFacts = group.map((member) => member.fact);
      return {
        ...base,
        type: "matching",
        stem: family.prompt,
        explanation: explain(
          context,
          groupFacts,
          `${group.map((member) => `${member.left} ― ${member.right}`).join("、")}。`,
        ),
        difficulty: difficultyFor("matching", groupFacts, group.length > 3 ? 1 : 0),
        left,
        right: seededShuffle(right, `${context.seed}|${base.id}|right`),
        correctPairs,
      };
    }),
  );
}

function isSelected(fact: Fact, options: GenerateOptions): boolean {
  if (options.kinds && !options.kinds.includes(fact.kind)) return false;
  if (options.sections && !options.sections.includes(fact.section)) return false;
  if (options.tags && !fact.tags.some((tag) => options.tags?.includes(tag))) return false;
  return true;
}

/**
 * Builds the draft question bank of an article (review decides what is served). Pure: the same article and seed
 * give the same bank; ids come from (template, fact ids, variant) and do not depend on the seed, filters or other facts.
 */
export function generateQuestions(article: Article, options: GenerateOptions): Question[] {
  const allSlots = article.facts.flatMap(slotsForFact);
  const context: Context = {
    article,
    seed: options.seed,
    knowledge: buildKnowledge(article.facts, allSlots, indexEntities(article.entities)),
    factsById: new Map(article.facts.map((fact) => [fact.id, fact])),
  };
  const selectedFacts = article.facts.filter((fact) => isSelected(fact, options));
  const selectedIds = new Set(selectedFacts.map((fact) => fact.id));
  // A term's statement is a definition, not news: 「記事の内容として正しいか」 does not fit it.
  const questions: Question[] = selectedFacts
    .filter((fact) => fact.kind !== "term")
    .map((fact) => trueStatement(context, fact));
  for (const slot of allSlots) {
    if (!selectedIds.has(slot.fact.id)) continue;
    for (const make of [singleChoice, falseStatement, cloze, numeric]) {
      const question = make(context, slot);
      if (question && !(slot.fact.notAskedAs as readonly string[]).includes(question.type))
        questions.push(question);
    }
  }
  questions.push(...orderingQuestions(context, selectedFacts), ...matchingQuestions(context, selectedFacts));
  const terms = glossaryOf(article);
  const termContext = {
    seed: options.seed,
    terms,
    baseFor: (template: string, factIds: string[], variant: string) =>
      common(context, template, factIds, variant),
  };
  for (const term of terms) {
    if (!selectedIds.has(term.id) || term.notAskedAs.includes("single-choice")) continue;
    questions.push(...termQuestions(termContext, term));
  }
  const types = options.types;
  return types ? questions.filter((question) => types.includes(question.type)) : questions;
}
