import { GENERATOR_VERSION } from "../generator-version";
import { fnv1a32, questionIdFor, shortHash } from "../lib/hash";
import { createRandom, seededShuffle } from "../lib/random";
import type { Article, Fact, FactKind, LocalizedText } from "../schemas/article-schema";
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
import { contains, distractorCandidates, indexSlots, normalizeCached, type SlotIndex } from "./distractors";
import { answerText, blankNumber, type Slot, slotsForFact } from "./fact-slots";

export { GENERATOR_VERSION };

export type GenerateOptions = {
  seed: string;
  types?: readonly QuestionType[];
  kinds?: readonly FactKind[];
  sections?: readonly string[];
  tags?: readonly string[];
};

const MAX_CLOZE_ANSWER_LENGTH = 16;
const GROUP_MIN = 3;
const GROUP_MAX = 4;

type Context = {
  article: Article;
  seed: string;
  slotIndex: SlotIndex;
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

function factNotes(fact: Fact): string {
  const notes: string[] = [];
  if (fact.stance.type === "assessment") {
    notes.push(`※これは${fact.stance.heldBy}の見方であり、確かめられた事実ではありません。`);
  }
  const date = "date" in fact ? fact.date : undefined;
  if (date?.isInferred && date.basis) notes.push(`※日付は本文に明記されていません(${date.basis})。`);
  for (const conflict of fact.conflicts) {
    notes.push(`※本文の記述に食い違いがあります: ${conflict.note}(${conflict.values.join(" / ")})。`);
  }
  return notes.join("");
}

function explain(facts: readonly Fact[], lead = ""): LocalizedText {
  const ja = `${lead}${facts.map((fact) => `${fact.statement.ja}${factNotes(fact)}`).join(" ")}`;
  const en = facts.every((fact) => fact.statement.en)
    ? facts.map((fact) => fact.statement.en).join(" ")
    : undefined;
  return en ? { ja, en } : { ja };
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

function common(
  context: Context,
  template: string,
  factIds: string[],
  variant: string,
): {
  id: string;
  articleSlug: string;
  factIds: string[];
  template: string;
  variant: string;
  citations: Citation[];
  generatorVersion: string;
} {
  return {
    id: questionIdFor(template, factIds, variant),
    articleSlug: context.article.slug,
    factIds: [...factIds].sort(),
    template,
    variant,
    citations: citationsFor(context, factIds),
    generatorVersion: GENERATOR_VERSION,
  };
}

function blankStem(slot: Slot): string {
  return slot.sentence(BLANK);
}

function singleChoice(context: Context, slot: Slot): Question | null {
  const answer = answerText(slot.answer);
  const stemJa = slot.question?.ja ?? `次の文の${BLANK}に入るものを選びなさい。${blankStem(slot)}`;
  if (contains(stemJa, answer)) return null;
  const template = `single-choice:${slot.name}`;
  const base = common(context, template, [slot.fact.id], "");
  const random = createRandom(`${context.seed}|${base.id}`);
  const distractors = distractorCandidates(slot, context.slotIndex, random)
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
  const stem: LocalizedText = slot.question?.en ? { ja: stemJa, en: slot.question.en } : { ja: stemJa };
  return {
    ...base,
    type: "single-choice",
    stem,
    explanation: explain([slot.fact], `正解は「${answer}」。`),
    difficulty: difficultyFor("single-choice", [slot.fact], fromFacts === 3 ? 1 : 0),
    options: seededShuffle(options, `${context.seed}|${base.id}|options`),
  };
}

const TRUE_FALSE_PROMPT = "次の文は本文の内容として正しい?誤り?";

/** One true statement per fact: every slot of a fact says the same sentence when filled with its own value. */
function trueStatement(context: Context, slot: Slot): Question {
  return {
    ...common(context, "true-false:fact", [slot.fact.id], "true"),
    type: "true-false",
    stem: { ja: `${TRUE_FALSE_PROMPT}「${slot.sentence(answerText(slot.answer))}」` },
    explanation: explain([slot.fact], "正しい。"),
    difficulty: difficultyFor("true-false", [slot.fact]),
    answer: true,
  };
}

function falseStatement(context: Context, slot: Slot): Question[] {
  const answer = answerText(slot.answer);
  const template = `true-false:${slot.name}`;
  const prompt = TRUE_FALSE_PROMPT;
  const questions: Question[] = [];
  const falsehood = common(context, template, [slot.fact.id], "false");
  const random = createRandom(`${context.seed}|${falsehood.id}`);
  const candidates = distractorCandidates(slot, context.slotIndex, random);
  const swap = candidates.find((candidate) => candidate.origin === "fact") ?? candidates[0];
  if (swap) {
    const source = swap.factId ? context.factsById.get(swap.factId) : undefined;
    const why = source
      ? `誤り。「${swap.text}」は「${source.label.ja}」についての記述です。正しくは「${answer}」。`
      : `誤り。正しくは「${answer}」。`;
    questions.push({
      ...falsehood,
      type: "true-false",
      stem: { ja: `${prompt}「${slot.sentence(swap.text)}」` },
      explanation: explain([slot.fact], why),
      difficulty: difficultyFor("true-false", [slot.fact], source ? 1 : 0),
      answer: false,
      swappedValue: swap.text,
      ...(swap.factId ? { swappedFromFactId: swap.factId } : {}),
    });
  }
  return questions;
}

function acceptedAnswersFor(slot: Slot): string[] {
  const answer = slot.answer;
  const accepted = [answerText(answer)];
  if (answer.kind === "date") accepted.push(answer.date);
  if (answer.kind === "number") accepted.push(`${answer.value}${answer.unit}`, String(answer.value));
  return [...new Set(accepted)];
}

function cloze(context: Context, slot: Slot): Question | null {
  const answer = answerText(slot.answer);
  if (answer.length > MAX_CLOZE_ANSWER_LENGTH) return null;
  const stemJa = `次の文の${BLANK}に入る語句を書きなさい。${blankStem(slot)}`;
  if (contains(stemJa, answer)) return null;
  const base = common(context, `cloze:${slot.name}`, [slot.fact.id], "");
  return {
    ...base,
    type: "cloze",
    stem: { ja: stemJa },
    explanation: explain([slot.fact], `正解は「${answer}」。`),
    difficulty: difficultyFor("cloze", [slot.fact], answer.length > 8 ? 1 : 0),
    acceptedAnswers: acceptedAnswersFor(slot),
  };
}

function numeric(context: Context, slot: Slot): Question | null {
  const answer = slot.answer;
  if (answer.kind === "number") {
    // The blank sits inside the figure as the article writes it (第(  )次, 約(  )人), so the unit reads in place.
    const inPlace = blankNumber(answer.asWritten, answer.value);
    const stemJa = inPlace
      ? `次の文の${BLANK}に入る数を答えなさい。${slot.sentence(inPlace)}`
      : `次の文の${BLANK}に入る数を答えなさい(単位: ${answer.unit})。${blankStem(slot)}`;
    if (contains(stemJa, String(answer.value)) || contains(stemJa, answer.asWritten)) return null;
    const base = common(context, `numeric:${slot.name}`, [slot.fact.id], "");
    return {
      ...base,
      type: "numeric",
      stem: { ja: stemJa },
      explanation: explain([slot.fact], `正解は「${answer.asWritten}」。`),
      difficulty: difficultyFor("numeric", [slot.fact]),
      unit: answer.unit,
      answer: { value: answer.value, tolerance: answer.tolerance, asWritten: answer.asWritten },
    };
  }
  if (answer.kind === "date") {
    const parsed = parsePartialDate(answer.date);
    if (!parsed) return null;
    const rest = formatDateJa(answer.date).slice(`${parsed.year}年`.length);
    const stemJa = `次の文の${BLANK}に入る西暦年を数で答えなさい。${slot.sentence(`${BLANK}年${rest}`)}`;
    if (stemJa.includes(String(parsed.year))) return null;
    const base = common(context, `numeric:${slot.name}.year`, [slot.fact.id], "");
    return {
      ...base,
      type: "numeric",
      stem: { ja: stemJa },
      explanation: explain([slot.fact], `正解は${parsed.year}年。`),
      difficulty: difficultyFor("numeric", [slot.fact]),
      unit: "年",
      answer: { value: parsed.year, tolerance: 0, asWritten: `${parsed.year}年` },
    };
  }
  return null;
}

type GroupMember = { fact: Fact; left: string; right: string; sortKey?: string; dateValue?: string };

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
    const key = group
      .map((member) => member.fact.id)
      .sort()
      .join(",");
    if (!groups.has(key)) groups.set(key, group);
  }
  return [...groups.values()];
}

const distinctTexts = (a: GroupMember, b: GroupMember) =>
  normalizeCached(a.left) !== normalizeCached(b.left) &&
  normalizeCached(a.right) !== normalizeCached(b.right);

function datedMembers(facts: readonly Fact[]): GroupMember[] {
  return facts.flatMap((fact) => {
    const date = fact.kind === "event" || fact.kind === "date" ? fact.date : undefined;
    return date
      ? [{ fact, left: fact.label.ja, right: formatDateJa(date.value), dateValue: date.value }]
      : [];
  });
}

const datesDistinct = (a: GroupMember, b: GroupMember) =>
  distinctTexts(a, b) && !datesOverlap(a.dateValue ?? "", b.dateValue ?? "");

function orderingQuestions(context: Context, facts: readonly Fact[]): Question[] {
  return buildGroups(datedMembers(facts), datesDistinct).map((group) => {
    const sorted = [...group].sort((a, b) => (a.dateValue ?? "").localeCompare(b.dateValue ?? ""));
    const base = common(
      context,
      "ordering:date",
      group.map((member) => member.fact.id),
      "",
    );
    const items: OrderItem[] = sorted.map((member) => ({
      id: `i-${shortHash(`${base.id}|${member.left}`)}`,
      text: member.left,
      factId: member.fact.id,
    }));
    const facts = sorted.map((member) => member.fact);
    return {
      ...base,
      type: "ordering",
      stem: {
        ja: "次の出来事・記事を古い順に並べなさい。",
        en: "Put these in chronological order, oldest first.",
      },
      explanation: explain(
        facts,
        `古い順に: ${sorted.map((member) => `${member.left}(${member.right})`).join(" → ")}。`,
      ),
      difficulty: difficultyFor("ordering", facts, group.length > 3 ? 1 : 0),
      items,
    };
  });
}

type MatchingFamily = {
  name: string;
  prompt: LocalizedText;
  members: (facts: readonly Fact[]) => GroupMember[];
};

const MATCHING_FAMILIES: MatchingFamily[] = [
  {
    name: "person-role",
    prompt: {
      ja: "人物と、本文での肩書きを組み合わせなさい。",
      en: "Match each person to the title used in the text.",
    },
    members: (facts) =>
      facts.flatMap((fact) =>
        fact.kind === "person-role" ? [{ fact, left: fact.person, right: fact.role }] : [],
      ),
  },
  {
    name: "event-date",
    prompt: {
      ja: "出来事・記事と、その時期を組み合わせなさい。",
      en: "Match each event or article to its date.",
    },
    members: datedMembers,
  },
  {
    name: "treaty-clause",
    prompt: {
      ja: "条約の項目と、その内容を組み合わせなさい。",
      en: "Match each treaty topic to its provision.",
    },
    members: (facts) =>
      facts.flatMap((fact) =>
        fact.kind === "treaty-clause" ? [{ fact, left: fact.topic, right: fact.provision }] : [],
      ),
  },
  {
    name: "statement",
    prompt: {
      ja: "話題と、そこで表明された内容を組み合わせなさい。",
      en: "Match each topic to what was said about it.",
    },
    members: (facts) =>
      facts.flatMap((fact) =>
        fact.kind === "statement"
          ? [{ fact, left: `${fact.speaker}:${fact.topic}`, right: fact.content }]
          : [],
      ),
  },
  {
    name: "number",
    prompt: {
      ja: "事柄と、本文にある数字を組み合わせなさい。",
      en: "Match each item to its figure in the text.",
    },
    members: (facts) =>
      facts.flatMap((fact) =>
        fact.kind === "quantity" || fact.kind === "duration"
          ? [{ fact, left: fact.label.ja, right: fact.asWritten }]
          : [],
      ),
  },
  {
    name: "motive",
    prompt: {
      ja: "行動と、その背景とされる見方を組み合わせなさい。",
      en: "Match each action to the motive attributed to it.",
    },
    members: (facts) =>
      facts.flatMap((fact) =>
        fact.kind === "motive" ? [{ fact, left: `${fact.actor}:${fact.action}`, right: fact.motive }] : [],
      ),
  },
];

function matchingQuestions(context: Context, facts: readonly Fact[]): Question[] {
  return MATCHING_FAMILIES.flatMap((family) => {
    const compatible = family.name === "event-date" ? datesDistinct : distinctTexts;
    return buildGroups(family.members(facts), compatible).map((group): Question => {
      const base = common(
        context,
        `matching:${family.name}`,
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
          groupFacts,
          `${group.map((member) => `${member.left} ― ${member.right}`).join("、")}。`,
        ),
        difficulty: difficultyFor("matching", groupFacts, group.length > 3 ? 1 : 0),
        left,
        right: seededShuffle(right, `${context.seed}|${base.id}|right`),
        correctPairs,
      };
    });
  });
}

function isSelected(fact: Fact, options: GenerateOptions): boolean {
  if (options.kinds && !options.kinds.includes(fact.kind)) return false;
  if (options.sections && !options.sections.includes(fact.section)) return false;
  if (options.tags && !fact.tags.some((tag) => options.tags?.includes(tag))) return false;
  return true;
}

/**
 * Builds the question bank of an article. Pure: the same article and seed give the same bank; ids come
 * from (template, fact ids, variant) and do not depend on the seed, on filters or on other facts.
 */
export function generateQuestions(article: Article, options: GenerateOptions): Question[] {
  const allSlots = article.facts.flatMap(slotsForFact);
  const context: Context = {
    article,
    seed: options.seed,
    slotIndex: indexSlots(allSlots),
    factsById: new Map(article.facts.map((fact) => [fact.id, fact])),
  };
  const selectedFacts = article.facts.filter((fact) => isSelected(fact, options));
  const selectedIds = new Set(selectedFacts.map((fact) => fact.id));
  const questions: Question[] = [];
  const hasTrueStatement = new Set<string>();
  for (const slot of allSlots) {
    if (!selectedIds.has(slot.fact.id)) continue;
    const choice = singleChoice(context, slot);
    if (choice) questions.push(choice);
    if (!hasTrueStatement.has(slot.fact.id)) {
      hasTrueStatement.add(slot.fact.id);
      questions.push(trueStatement(context, slot));
    }
    questions.push(...falseStatement(context, slot));
    const typed = cloze(context, slot);
    if (typed) questions.push(typed);
    const number = numeric(context, slot);
    if (number) questions.push(number);
  }
  questions.push(...orderingQuestions(context, selectedFacts), ...matchingQuestions(context, selectedFacts));
  const types = options.types;
  return types ? questions.filter((question) => types.includes(question.type)) : questions;
}
