import { DEFAULT_SEED } from "../bank-seed";
import { generateQuestions } from "../generator/generate-questions";
import type { Article, Fact } from "../schemas/article-schema";
import type { Question } from "../schemas/question-types";

/** A fact's content, less its revision and editor notes: what a student could notice changed. */
function contentOf(fact: Fact): string {
  const { revision: _revision, editorNotes: _notes, ...rest } = fact;
  return JSON.stringify(rest);
}

/**
 * Before publishing again: every fact that differs from the published one gets the next revision, so its
 * questions get new ids and the old ones retire (history keeps them). Unchanged facts keep their revision.
 */
export function reviseCorrectedFacts(draft: Article, published: Article | null): Article {
  if (!published) return draft;
  const before = new Map(published.facts.map((fact) => [fact.id, fact]));
  return {
    ...draft,
    facts: draft.facts.map((fact) => {
      const old = before.get(fact.id);
      if (!old || contentOf({ ...fact, revision: old.revision }) === contentOf(old)) {
        return old ? { ...fact, revision: old.revision } : fact;
      }
      return { ...fact, revision: old.revision + 1 };
    }),
  };
}

/** The questions of the previous publication that the new one no longer generates, added to those retired before. */
export function retiredAfterPublishing(
  previous: Article | null,
  next: Article,
  retiredBefore: readonly Question[],
): Question[] {
  if (!previous) return [...retiredBefore];
  const nextIds = new Set(generateQuestions(next, { seed: DEFAULT_SEED }).map((question) => question.id));
  const known = new Set(retiredBefore.map((question) => question.id));
  const newlyRetired = generateQuestions(previous, { seed: DEFAULT_SEED }).filter(
    (question) => !nextIds.has(question.id) && !known.has(question.id),
  );
  return [...retiredBefore, ...newlyRetired];
}
