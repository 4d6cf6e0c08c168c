import type { EntityIndex } from "../entities";
import { normalizeAnswerText } from "../grading/normalize-answer";
import { type Random, shuffleWith } from "../lib/random";
import type { Fact } from "../schemas/article-schema";
import { datesOverlap, parsePartialDate } from "../schemas/fact-date";
import { BLANK } from "./blank";
import { formatSlotValue, type Slot, type SlotAnswer } from "./fact-slots";

const normalizedCache = new Map<string, string>();
const NORMALIZED_CACHE_LIMIT = 50_000;

/** Generation normalises the same few hundred strings thousands of times; grading keeps the plain function. */
export function normalizeCached(text: string): string {
  let normalized = normalizedCache.get(text);
  if (normalized === undefined) {
    normalized = normalizeAnswerText(text);
    if (normalizedCache.size >= NORMALIZED_CACHE_LIMIT) normalizedCache.clear();
    normalizedCache.set(text, normalized);
  }
  return normalized;
}

/** True when `needle`, normalised, occurs in `haystack` (an empty needle never does). */
export function contains(haystack: string, needle: string): boolean {
  const normalizedNeedle = normalizeCached(needle);
  return normalizedNeedle.length > 0 && normalizeCached(haystack).includes(normalizedNeedle);
}

export type Candidate = {
  text: string;
  value: SlotAnswer;
  factId?: string;
  origin: "editor" | "fact" | "perturbation";
};

/**
 * What the article asserts, for the truth check: per slot category, each stated value with the entities its fact
 * is about (and what they speak for). A value asserted of any of those entities is never a wrong option for them.
 */
export type Knowledge = {
  entities: EntityIndex;
  aboutOf: (fact: Fact) => Set<string>;
  slotsByCategory: ReadonlyMap<string, readonly Slot[]>;
};

export function buildKnowledge(
  facts: readonly Fact[],
  slots: readonly Slot[],
  entities: EntityIndex,
): Knowledge {
  const about = new Map(facts.map((fact) => [fact.id, entities.withParents(fact.about)]));
  const slotsByCategory = new Map<string, Slot[]>();
  for (const slot of slots) {
    const list = slotsByCategory.get(slot.category) ?? [];
    list.push(slot);
    slotsByCategory.set(slot.category, list);
  }
  return { entities, aboutOf: (fact) => about.get(fact.id) ?? new Set(fact.about), slotsByCategory };
}

function sharesEntity(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const id of a) if (b.has(id)) return true;
  return false;
}

/** True when choosing `b` would also be a correct answer for `a` (same value, overlapping date, one text inside the other, one entity). */
export function isEquivalent(
  a: SlotAnswer,
  b: SlotAnswer,
  aText: string,
  bText: string,
  entities?: EntityIndex,
): boolean {
  if (a.kind === "date" && b.kind === "date") return datesOverlap(a.date, b.date);
  if (a.kind === "number" && b.kind === "number") {
    return Math.abs(a.value - b.value) <= Math.max(a.tolerance, b.tolerance);
  }
  const left = normalizeCached(aText);
  const right = normalizeCached(bText);
  if (left === right || left.includes(right) || right.includes(left)) return true;
  const leftEntity = entities?.named(aText);
  return leftEntity !== undefined && leftEntity === entities?.named(bText);
}

/**
 * The truth check: would `value` be true of the slot's subject? It is when the fact itself gives it, or when any
 * fact about one of the same entities (or what they speak for) states an equivalent value in the same category.
 */
export function isAssertedFor(slot: Slot, value: SlotAnswer, text: string, knowledge: Knowledge): boolean {
  const equivalent = (other: SlotAnswer, otherSlot: Slot) =>
    isEquivalent(other, value, formatSlotValue(otherSlot, other), text, knowledge.entities);
  if (slot.ownValues.some((own) => equivalent(own, slot))) return true;
  const about = knowledge.aboutOf(slot.fact);
  return (knowledge.slotsByCategory.get(slot.category) ?? []).some(
    (other) =>
      sharesEntity(about, knowledge.aboutOf(other.fact)) &&
      other.ownValues.some((own) => equivalent(own, other)),
  );
}

function shiftMonths(date: string, months: number): string | null {
  const parsed = parsePartialDate(date);
  if (!parsed) return null;
  if (parsed.precision === "year") return String(parsed.year + Math.round(months / 12));
  const total = parsed.year * 12 + ((parsed.month ?? 1) - 1) + months;
  const year = Math.floor(total / 12);
  const month = String((total % 12) + 1).padStart(2, "0");
  if (parsed.precision === "month") return `${year}-${month}`;
  const lastDay = new Date(Date.UTC(year, Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(Math.min(parsed.day ?? 1, lastDay)).padStart(2, "0")}`;
}

function roundTwoSignificant(value: number): number {
  if (value === 0) return 0;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / magnitude) * magnitude;
}

/**
 * Shifted dates and scaled numbers, as many below the key as above it and in a seeded order, so the key is not
 * always the second smallest option.
 */
function perturbations(answer: SlotAnswer, random: Random): SlotAnswer[] {
  if (answer.kind === "date") {
    const parsed = parsePartialDate(answer.date);
    const steps = shuffleWith(
      parsed?.precision === "year" ? [-12, 12, -24, 24, 36, -36] : [-1, 1, 2, -2, 3, -3],
      random,
    );
    return steps
      .map((step) => shiftMonths(answer.date, step))
      .filter((date) => date !== null)
      .map((date) => ({ kind: "date", date }));
  }
  if (answer.kind === "number") {
    const { value } = answer;
    let values: number[];
    if (/[ヶケかカ]月/.test(answer.unit)) values = [value - 12, value + 12, value + 24, value - 24];
    else if (value <= 10) values = [value + 1, value - 1, value + 2, value - 2, value + 3];
    else if (value < 100)
      values = [Math.round(value / 2), value * 2, value - 10, value + 10, value - 6, value + 6];
    else
      values = [value / 2, value * 2, value * 1.5, value * 0.75, value / 10, value * 10].map(
        roundTwoSignificant,
      );
    return shuffleWith(values, random)
      .filter((candidate) => candidate > 0 && Number.isInteger(candidate))
      .map((candidate) => ({ ...answer, value: candidate }));
  }
  return [];
}

/**
 * Wrong values for a slot: the editor's own where the fact lists them (then only those: an editor who wrote
 * them chose what fits the sentence), otherwise values of other facts in the same category (about other
 * entities), then perturbed dates and numbers. Each passes the truth check, none already stands in the
 * sentence or names an entity the fact is about, and no two are equivalent.
 */
export function distractorCandidates(slot: Slot, knowledge: Knowledge, random: Random): Candidate[] {
  const sentence = slot.sentence(BLANK);
  const about = knowledge.aboutOf(slot.fact);
  const editor = (slot.fact.distractors[slot.field] ?? []).map(
    (text): Candidate => ({ text, value: { kind: "text", text }, origin: "editor" }),
  );
  const others =
    editor.length > 0
      ? []
      : shuffleWith(
          (knowledge.slotsByCategory.get(slot.category) ?? []).filter(
            (other) => other.fact.id !== slot.fact.id && !sharesEntity(about, knowledge.aboutOf(other.fact)),
          ),
          random,
        ).map(
          (other): Candidate => ({
            text: formatSlotValue(slot, other.answer),
            value: other.answer,
            factId: other.fact.id,
            origin: "fact",
          }),
        );
  const perturbed = perturbations(slot.answer, random).map(
    (value): Candidate => ({ text: formatSlotValue(slot, value), value, origin: "perturbation" }),
  );
  const result: Candidate[] = [];
  for (const candidate of [...editor, ...others, ...perturbed]) {
    if (contains(sentence, candidate.text)) continue;
    const entity = knowledge.entities.named(candidate.text);
    if (entity && about.has(entity.id)) continue;
    if (isAssertedFor(slot, candidate.value, candidate.text, knowledge)) continue;
    if (
      result.some((kept) =>
        isEquivalent(kept.value, candidate.value, kept.text, candidate.text, knowledge.entities),
      )
    )
      continue;
    result.push(candidate);
  }
  return result;
}
