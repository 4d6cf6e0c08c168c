import { seededShuffle } from "./lib/random";
import type { PublicChoice, PublicQuestion, Question } from "./schemas/question-types";

const choice = (item: { id: string; text: string }): PublicChoice => ({ id: item.id, text: item.text });

/** Strips the key by building a new object field by field, and orders choices by the viewer's seed. */
export function toPublicQuestion(question: Question, seed: string): PublicQuestion {
  const base = {
    id: question.id,
    stem: question.stem,
    difficulty: question.difficulty,
  };
  const shuffle = <T>(items: readonly T[], part: string) =>
    seededShuffle(items, `${seed}|${question.id}|${part}`);
  switch (question.type) {
    case "single-choice":
      return { ...base, type: "single-choice", options: shuffle(question.options.map(choice), "options") };
    case "true-false":
      return { ...base, type: "true-false" };
    case "cloze":
      return { ...base, type: "cloze" };
    case "numeric":
      return { ...base, type: "numeric", unit: question.unit };
    case "ordering":
      return { ...base, type: "ordering", items: shuffle(question.items.map(choice), "items") };
    case "matching":
      return {
        ...base,
        type: "matching",
        left: shuffle(question.left.map(choice), "left"),
        right: shuffle(question.right.map(choice), "right"),
      };
  }
}
