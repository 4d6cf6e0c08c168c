import "server-only";

/**
 * What the last loads of each assignment's report read and built, kept by this server process so that paging the
 * students, switching to the mastery table, downloading the CSVs and reloading do not read and summarise every
 * answer of the class again. Nothing here is trusted without a check against the database (report.ts):
 * - an attempt's answers are reused while the database holds as many for it as are kept here: answers are only
 *   ever inserted, one per question (response-store.ts), so a count that has not moved means the same rows;
 * - a report is reused while its fingerprint (everything else it was built from, read again on every load) is
 *   the same.
 * Web servers behind a load balancer each keep their own; the checks keep them in step with the database.
 * Assignments are dropped least recently used first once more than `maxAnswers` answers are kept in all.
 */
export class ReportCache<Answer, Report> {
  private readonly assignments = new Map<string, CachedAssignment<Answer, Report>>();
  private answerCount = 0;

  constructor(private readonly maxAnswers: number) {}

  /** The kept answers of each attempt of an assignment (and marks it recently used). */
  answers(assignmentId: string): ReadonlyMap<string, readonly Answer[]> {
    return this.touch(assignmentId)?.answers ?? new Map();
  }

  /**
   * Keeps these answers by attempt (the assignment's current attempts, and only them) in place of the old ones, and
   * drops the assignment's reports: they were built from the old.
   */
  keepAnswers(assignmentId: string, answers: ReadonlyMap<string, readonly Answer[]>): void {
    const size = [...answers.values()].reduce((sum, rows) => sum + rows.length, 0);
    this.answerCount += size - (this.touch(assignmentId)?.size ?? 0);
    this.assignments.set(assignmentId, { answers, size, reports: new Map() });
    for (const [oldest, old] of this.assignments) {
      if (this.answerCount <= this.maxAnswers || oldest === assignmentId) break;
      this.assignments.delete(oldest);
      this.answerCount -= old.size;
    }
  }

  /** The report built under `key` from exactly `fingerprint`, if it is still kept. */
  report(assignmentId: string, key: string, fingerprint: string): Report | undefined {
    const kept = this.assignments.get(assignmentId)?.reports.get(key);
    return kept?.fingerprint === fingerprint ? kept.report : undefined;
  }

  /** Keeps a report of an assignment whose answers are kept (else there is nothing to drop it with). */
  keepReport(assignmentId: string, key: string, fingerprint: string, report: Report): void {
    this.assignments.get(assignmentId)?.reports.set(key, { fingerprint, report });
  }

  /** How many answers are kept in all. */
  get size(): number {
    return this.answerCount;
  }

  private touch(assignmentId: string): CachedAssignment<Answer, Report> | undefined {
    const entry = this.assignments.get(assignmentId);
    if (entry) {
      this.assignments.delete(assignmentId);
      this.assignments.set(assignmentId, entry);
    }
    return entry;
  }
}

type CachedAssignment<Answer, Report> = {
  answers: ReadonlyMap<string, readonly Answer[]>;
  /** Answers in `answers`. */
  size: number;
  reports: Map<string, { fingerprint: string; report: Report }>;
};
