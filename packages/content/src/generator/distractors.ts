import { normalizeAnswerText } from "../grading/normalize-answer";
import { type Random, shuffleWith } from "../lib/random";
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

export type Candidate = { text: string; value: SlotAnswer; factId?: string; origin: "fact" | "perturbation" };

export type SlotIndex = Map<string, Slot[]>;

export function indexSlots(slots: readonly Slot[]): SlotIndex {
  const index: SlotIndex = new Map();
  for (const slot of slots) {
    const list = index.get(slot.category) ?? [];
    list.push(slot);
    index.set(slot.category, list);
  }
  return index;
}

/** True when choosing `b` would also be a correct answer for `a` (same value, overlapping date, one text inside the other). */
export function isEquivalent(a: SlotAnswer, b: SlotAnswer, aText: string, bText: string): boolean {
  if (a.kind === "date" && b.kind === "date") return datesOverlap(a.date, b.date);
  if (a.kind === "number" && b.kind === "number") {
    return Math.abs(a.value - b.value) <= Math.max(a.tolerance, b.tolerance);
  }
  const left = normalizeCached(aText);
  const right = normalizeCached(bText);
  return left === right || left.includes(right) || right.includes(left);
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

function perturbations(answer: SlotAnswer): SlotAnswer[] {
  if (answer.kind === "date") {
    const parsed = parsePartialDate(answer.date);
    const steps = parsed?.precision === "year" ? [-12, 12, -24, 24] : [-1, 1, -12, 12, -2, 3];
    return steps
      .map((step) => shiftMonths(answer.date, step))
      .filter((date) => date !== null)
      .map((date) => ({ kind: "date", date }));
  }
  if (answer.kind === "number") {
    const { value } = answer;
    let values: number[];
    if (/[ヶケかカ]月/.test(answer.unit)) values = [value - 12, value + 12, value + 6, value - 6];
    else if (value <= 10) values = [value + 1, value - 1, value + 2, value + 3];
    else if (value < 100) values = [Math.round(value / 2), value * 2, value - 10, value + 10, value + 6];
    else values = [value / 2, value * 2, value * 1.5, value / 10, value * 10].map(roundTwoSignificant);
    return values
      .filter((candidate) => candidate > 0 && Number.isInteger(candidate))
      .map((candidate) => ({ ...answer, value: candidate }));
  }
  return [];
}

/**
 * Wrong options for a slot, best first: values true of other facts of the same kind, then of other kinds
 * in the same category, then perturbations. Never equivalent to the answer, never duplicated.
 */
/** True when `needle`, normalised, occurs in `haystack` (an empty needle never does). */
export function contains(haystack: string, needle: string): boolean {
  const normalizedNeedle = normalizeCached(needle);
  return normalizedNeedle.length > 0 && normalizeCached(haystack).includes(normalizedNeedle);
}

export function distractorCandidates(slot: Slot, index: SlotIndex, random: Random): Candidate[] {
  const answerText = formatSlotValue(slot, slot.answer);
  // A value the sentence already holds reads as nonsense when swapped in (「ロシアは…ロシアについて述べた」).
  const sentence = slot.sentence(BLANK);
  const others = (index.get(slot.category) ?? []).filter(
    (other) => other.fact.id !== slot.fact.id && other.about !== slot.about,
  );
  const sameKind = shuffleWith(
    others.filter((other) => other.fact.kind === slot.fact.kind),
    random,
  );
  const otherKinds = shuffleWith(
    others.filter((other) => other.fact.kind !== slot.fact.kind),
    random,
  );
  const candidates: Candidate[] = [
    ...[...sameKind, ...otherKinds].map(
      (other): Candidate => ({
        text: formatSlotValue(slot, other.answer),
        value: other.answer,
        factId: other.fact.id,
        origin: "fact",
      }),
    ),
    ...perturbations(slot.answer).map(
      (value): Candidate => ({ text: formatSlotValue(slot, value), value, origin: "perturbation" }),
    ),
  ];
  const seen = new Set<string>([normalizeCached(answerText)]);
  const result: Candidate[] = [];
  for (const candidate of candidates) {
    const key = normalizeCached(candidate.text);
    if (seen.has(key) || contains(sentence, candidate.text)) continue;
    if (isEquivalent(slot.answer, candidate.value, answerText, candidate.text)) continue;
    if (result.some((kept) => isEquivalent(kept.value, candidate.value, kept.text, candidate.text))) continue;
    seen.add(key);
    result.push(candidate);
  }
  return result;
}
