import { normalizeAnswerText } from "./grading/normalize-answer";
import type { Entity } from "./schemas/article-schema";

/** An article's entity registry: look-up by any name, and the entities a fact is about with what they speak for. */
export type EntityIndex = {
  byId: ReadonlyMap<string, Entity>;
  /** The entity a text names exactly (its name or an alias, after answer normalisation). */
  named: (text: string) => Entity | undefined;
  /** The ids with every entity they are part of, transitively (金正恩総書記 → 北朝鮮). */
  withParents: (ids: readonly string[]) => Set<string>;
};

export function namesOf(entity: Entity): string[] {
  return [entity.name, ...entity.aliases];
}

export function indexEntities(entities: readonly Entity[]): EntityIndex {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const byName = new Map<string, Entity>();
  for (const entity of entities) {
    for (const name of namesOf(entity)) byName.set(normalizeAnswerText(name), entity);
  }
  const withParents = (ids: readonly string[]) => {
    const result = new Set<string>();
    const pending = [...ids];
    while (pending.length > 0) {
      const id = pending.pop() as string;
      if (result.has(id)) continue;
      result.add(id);
      pending.push(...(byId.get(id)?.partOf ?? []));
    }
    return result;
  };
  return { byId, named: (text) => byName.get(normalizeAnswerText(text)), withParents };
}
