/** How many served questions test each fact (a question about two facts counts for both). */
export function countByFact(bank: readonly { factIds: readonly string[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const question of bank)
    for (const id of new Set(question.factIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
