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

export type ItemStatistics = { questions: Record<string, QuestionStatistics>; alpha: number | null };

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
 * The students Cronbach's α is computed over: those who answered every question (α needs one complete
 * score vector per student). Exported so the report can say what α's n is.
 */
export function studentsWithEveryScore(input: ItemStatisticsInput): ItemStatisticsInput["students"] {
  return input.students.filter((student) =>
    input.questions.every((question) => scoreOf(student, question.id) !== null),
  );
}

/** Cronbach's α = k/(k−1) · (1 − Σ item variances / total variance); null below 2 items or 2 students. */
function cronbachAlpha(columns: readonly (readonly number[])[], scale: number): number | null {
  const k = columns.length;
  const n = columns[0]?.length ?? 0;
  if (k < 2 || n < 2) return null;
  const totals = Array.from({ length: n }, (_, i) => columns.reduce((sum, column) => sum + column[i]!, 0));
  const totalVariance = covariance(totals, totals);
  if (totalVariance <= ZERO_VARIANCE * scale * scale) return null;
  const itemVariance = columns.reduce((sum, column) => sum + covariance(column, column), 0);
  return (k / (k - 1)) * (1 - itemVariance / totalVariance);
}

export function computeItemStatistics(input: ItemStatisticsInput): ItemStatistics {
  const totalScale = Math.max(
    1,
    input.questions.reduce((sum, question) => sum + Math.abs(question.maxScore), 0),
  );
  const totals = input.students.map((student) =>
    input.questions.reduce((sum, question) => sum + (scoreOf(student, question.id) ?? 0), 0),
  );
  const complete = studentsWithEveryScore(input);
  const columns = input.questions.map((question) =>
    complete.map((student) => scoreOf(student, question.id)!),
  );

  const questions: Record<string, QuestionStatistics> = {};
  input.questions.forEach((question, index) => {
    const marks: number[] = [];
    const rest: number[] = [];
    input.students.forEach((student, s) => {
      const score = scoreOf(student, question.id);
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
    const otherColumns = columns.filter((_, other) => other !== index);
    questions[question.id] = {
      n,
      facility: n > 0 && max !== null ? mean(marks) / max : null,
      standardDeviation: markVariance !== null && max !== null ? Math.sqrt(markVariance) / max : null,
      discriminationIndex: cov === null ? null : clamp(cov / Math.sqrt(markVariance! * restVariance!), -1, 1),
      discriminativeEfficiency: cov === null || !covMax ? null : Math.min(1, cov / covMax),
      alphaIfDeleted: cronbachAlpha(otherColumns, totalScale),
    };
  });
  return { questions, alpha: cronbachAlpha(columns, totalScale) };
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
