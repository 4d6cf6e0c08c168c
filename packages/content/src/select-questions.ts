import { seededShuffle } from "./lib/random";
import type { Question, QuestionType } from "./schemas/question-types";

export type SelectOptions = { count: number; types?: readonly QuestionType[]; seed: string };

/**
 * Picks `count` distinct questions, taking types in turn and preferring facts not yet covered, so a short
 * quiz spreads across the article instead of asking the same fact five ways.
 */
export function selectQuestions(bank: readonly Question[], options: SelectOptions): Question[] {
  const allowed = options.types;
  const pool = seededShuffle(
    allowed ? bank.filter((question) => allowed.includes(question.type)) : bank,
    `${options.seed}|select`,
  );
  const byType = new Map<QuestionType, Question[]>();
  for (const question of pool) {
    const list = byType.get(question.type) ?? [];
    list.push(question);
    byType.set(question.type, list);
  }
  const typeOrder = seededShuffle([...byType.keys()].sort(), `${options.seed}|types`);
  const chosen: Question[] = [];
  const chosenIds = new Set<string>();
  const usedFacts = new Set<string>();
  const target = Math.min(Math.max(0, Math.floor(options.count)), pool.length);
  while (chosen.length < target) {
    let progressed = false;
    for (const type of typeOrder) {
      if (chosen.length >= target) break;
      const list = (byType.get(type) ?? []).filter((question) => !chosenIds.has(question.id));
      const pick =
        list.find((question) => question.factIds.every((factId) => !usedFacts.has(factId))) ?? list[0];
      if (!pick) continue;
      chosen.push(pick);
      chosenIds.add(pick.id);
      for (const factId of pick.factIds) usedFacts.add(factId);
      progressed = true;
    }
    if (!progressed) break;
  }
  return chosen;
}
