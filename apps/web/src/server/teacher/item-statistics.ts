// Every statistic of the teacher report, as pure functions of plain numbers (no database, no content).
// Item statistics follow Moodle's quiz statistics ("Quiz statistics calculations"): sample (n − 1)
// variances over the students who answered, the rest of the test as the criterion, nulls where undefined.

export type ItemStatisticsInput = {
  questions: { id: string; maxScore: number }[];
  /** A score is 0..maxScore; null or absent = not answered (not part of that student's data). */
  students: { id: string; scores: Record<string, number | null> }[];
};

export type QuestionStatistics = {
  /** Students who answered the question. */
  n: number;
  /** Mean score ÷ maxScore, 0..1. */
  facility: number | null;
  /** Sample standard deviation of the score ÷ maxScore. */
  standardDeviation: number | null;
  /** Pearson correlation of the question's score with the rest of the test (the student's other scores), −1..1. */
  discriminationIndex: number | null;
  /** That covariance over the largest it could be with the same scores (both sorted alike). */
  discriminativeEfficiency: number | null;
  /** Cronbach's α of the test without this question, over the same students as `alpha`. */
  alphaIfDeleted: number | null;
};

export type ItemStatistics = {
  questions: Record<string, QuestionStatistics>;
  alpha: number | null;
  /** How many students α is computed over: those who answered every question (α needs complete score rows). */
  alphaStudents: number;
};

/** Below this share of the squared scale a variance is rounding noise, i.e. zero. */
const ZERO_VARIANCE = 1e-12;

const scoreOf = (student: ItemStatisticsInput["students"][number], questionId: string) => {
  const score = student.scores[questionId];
  return typeof score === "number" && Number.isFinite(score) ? score : null;
};

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Sample covariance of paired values (n − 1); the variance when both are the same list. */
function covariance(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += (xs[i]! - mx) * (ys[i]! - my);
  return sum / (xs.length - 1);
}

/**
 * Cronbach's α = k/(k−1) · (1 − Σ item variances / total variance), null below 2 items or 2 students: for the
 * whole test and for the test without each question in turn. The column variances and the students' totals are
 * computed once; dropping a question subtracts its column from both (O(k·n), not O(k²·n)).
 */
function cronbachAlphas(
  columns: readonly (readonly number[])[],
  scale: number,
): { alpha: number | null; ifDeleted: (number | null)[] } {
  const k = columns.length;
  const n = columns[0]?.length ?? 0;
  const totals = new Array<number>(n).fill(0);
  for (const column of columns) for (let i = 0; i < n; i++) totals[i]! += column[i]!;
  const variances = columns.map((column) => (n >= 2 ? covariance(column, column) : 0));
  const itemVariance = variances.reduce((sum, variance) => sum + variance, 0);
  const alphaOf = (items: number, itemVarianceSum: number, scores: readonly number[]) => {
    if (items < 2 || n < 2) return null;
    const totalVariance = covariance(scores, scores);
    if (totalVariance <= ZERO_VARIANCE * scale * scale) return null;
    return (items / (items - 1)) * (1 - itemVarianceSum / totalVariance);
  };
  return {
    alpha: alphaOf(k, itemVariance, totals),
    ifDeleted: columns.map((column, index) =>
      alphaOf(
        k - 1,
        itemVariance - variances[index]!,
        totals.map((total, i) => total - column[i]!),
      ),
    ),
  };
}

export function computeItemStatistics(input: ItemStatisticsInput): ItemStatistics {
  const totalScale = Math.max(
    1,
    input.questions.reduce((sum, question) => sum + Math.abs(question.maxScore), 0),
  );
  // Each student's scores read once, in question order (a class of 200 × 20 reads 4,000 of them).
  const matrix = input.students.map((student) =>
    input.questions.map((question) => scoreOf(student, question.id)),
  );
  const totals = matrix.map((scores) => scores.reduce<number>((sum, score) => sum + (score ?? 0), 0));
  const complete = matrix.filter((scores) => scores.every((score) => score !== null)) as number[][];
  const columns = input.questions.map((_, q) => complete.map((scores) => scores[q]!));

  const alphas = cronbachAlphas(columns, totalScale);
  const questions: Record<string, QuestionStatistics> = {};
  input.questions.forEach((question, q) => {
    const marks: number[] = [];
    const rest: number[] = [];
    matrix.forEach((scores, s) => {
      const score = scores[q]!;
      if (score === null) return;
      marks.push(score);
      rest.push(totals[s]! - score);
    });
    const n = marks.length;
    const max = question.maxScore > 0 ? question.maxScore : null;
    const markVariance = n >= 2 ? covariance(marks, marks) : null;
    const restVariance = n >= 2 ? covariance(rest, rest) : null;
    const isDefined =
      markVariance !== null &&
      restVariance !== null &&
      markVariance > ZERO_VARIANCE * (max ?? 1) ** 2 &&
      restVariance > ZERO_VARIANCE * totalScale * totalScale;
    const cov = isDefined ? covariance(marks, rest) : null;
    // Moodle's largest possible covariance: both lists sorted the same way, then paired.
    const covMax = isDefined
      ? covariance(
          [...marks].sort((a, b) => a - b),
          [...rest].sort((a, b) => a - b),
        )
      : null;
    questions[question.id] = {
      n,
      facility: n > 0 && max !== null ? mean(marks) / max : null,
      standardDeviation: markVariance !== null && max !== null ? Math.sqrt(markVariance) / max : null,
      discriminationIndex: cov === null ? null : clamp(cov / Math.sqrt(markVariance! * restVariance!), -1, 1),
      discriminativeEfficiency: cov === null || !covMax ? null : Math.min(1, cov / covMax),
      alphaIfDeleted: alphas.ifDeleted[q]!,
    };
  });
  return { questions, alpha: alphas.alpha, alphaStudents: complete.length };
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Mean of the values; null for none. */
export function averageOf(values: readonly number[]): number | null {
  return values.length ? mean(values) : null;
}

/** Counts of 0..1 scores in five bins of 20 points: 0–19, 20–39, 40–59, 60–79, 80–100. */
export function scoreDistribution(scores: readonly number[]): number[] {
  const bins = [0, 0, 0, 0, 0];
  for (const score of scores) bins[Math.min(4, Math.max(0, Math.floor(score * 5)))]! += 1;
  return bins;
}

export type ClassThirds = { upper: Map<string, number>; lower: Map<string, number> };

/**
 * The upper and lower third of the class by total score, as weights: students tied at a boundary share the
 * places left there equally, so the groups do not depend on the order the students came in.
 */
export function classThirds(students: readonly { id: string; total: number }[]): ClassThirds {
  const size = students.length / 3;
  const descending = [...students].sort((a, b) => b.total - a.total);
  return { upper: topWeights(descending, size), lower: topWeights(descending.reverse(), size) };
}

function topWeights(sorted: readonly { id: string; total: number }[], size: number): Map<string, number> {
  const weights = new Map<string, number>();
  let remaining = size;
  for (let start = 0; start < sorted.length && remaining > 1e-9; ) {
    let end = start;
    while (end < sorted.length && sorted[end]!.total === sorted[start]!.total) end++;
    const weight = Math.min(1, remaining / (end - start));
    for (let i = start; i < end; i++) weights.set(sorted[i]!.id, weight);
    remaining -= weight * (end - start);
    start = end;
  }
  return weights;
}

export type OptionShares = {
  /** Share of the upper third (among those of it who answered) choosing the option, 0..1. */
  upper: number | null;
  lower: number | null;
  /** A wrong option the upper third chose more often than the lower: a sign of a flawed key or wording. */
  isSuspectDistractor: boolean;
};

/** Distractor analysis of one choice question; `choices` maps a student to the option they chose. */
export function computeOptionShares(
  thirds: ClassThirds,
  options: readonly { id: string; isCorrect: boolean }[],
  choices: ReadonlyMap<string, string>,
): Record<string, OptionShares> {
  const shareOf = (group: Map<string, number>) => {
    let answered = 0;
    const chosen = new Map<string, number>();
    for (const [studentId, weight] of group) {
      const optionId = choices.get(studentId);
      if (optionId === undefined) continue;
      answered += weight;
      chosen.set(optionId, (chosen.get(optionId) ?? 0) + weight);
    }
    return (optionId: string) => (answered > 0 ? (chosen.get(optionId) ?? 0) / answered : null);
  };
  const upper = shareOf(thirds.upper);
  const lower = shareOf(thirds.lower);
  return Object.fromEntries(
    options.map((option) => {
      const shares = { upper: upper(option.id), lower: lower(option.id) };
      const isSuspectDistractor =
        !option.isCorrect &&
        shares.upper !== null &&
        shares.lower !== null &&
        shares.upper > shares.lower + 1e-9;
      return [option.id, { ...shares, isSuspectDistractor }];
    }),
  );
}
