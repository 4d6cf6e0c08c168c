import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  classThirds,
  computeItemStatistics,
  computeOptionShares,
  type ItemStatisticsInput,
  scoreDistribution,
} from "./item-statistics";

// CI clones the repository with shared/ beside it; a missing fixture must fail the run, never skip it.
const FIXTURES = path.resolve(
  import.meta.dirname,
  "../../../../../../shared/fixtures/moodle-quiz-statistics",
);

function readCsv(name: string): string[][] {
  const file = path.join(FIXTURES, name);
  if (!existsSync(file))
    throw new Error(`Moodle fixture missing: ${file} (shared/ must sit beside the repo)`);
  return readFileSync(file, "utf8")
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(","));
}

describe("computeItemStatistics against Moodle's quiz-statistics test data (results00 → qstats00)", () => {
  const [header, ...attempts] = readCsv("results00.csv");
  const slots = header!.filter((column) => /^slots\.\d+\.mark$/.test(column));
  const questions = slots.map((slot) => ({ id: slot, maxScore: 1 }));
  const input: ItemStatisticsInput = {
    questions,
    students: attempts.map((row) => ({
      id: row[0]!,
      scores: Object.fromEntries(slots.map((slot) => [slot, Number(row[header!.indexOf(slot)])])),
    })),
  };
  const [expectedHeader, ...expectedRows] = readCsv("qstats00.csv");
  const column = (row: string[], name: string) => Number(row[expectedHeader!.indexOf(name)]);
  const statistics = computeItemStatistics(input);

  it("reads all 25 attempts × 7 slots and has an expected row per slot", () => {
    expect(input.students).toHaveLength(25);
    expect(questions).toHaveLength(7);
    expect(expectedRows).toHaveLength(7);
  });

  it.each(expectedRows.map((row) => [row[0]!, row] as const))(
    "slot %s: facility, SD, discrimination index and efficiency within 0.005 of Moodle's",
    (slot, row) => {
      const actual = statistics.questions[`slots.${slot}.mark`]!;
      expect(actual.n).toBe(25);
      expect(Math.abs(actual.facility! - column(row, "facility"))).toBeLessThan(0.005);
      expect(Math.abs(actual.standardDeviation! - column(row, "sd"))).toBeLessThan(0.005);
      // Moodle's file gives both in percent.
      expect(Math.abs(actual.discriminationIndex! - column(row, "discriminationindex") / 100)).toBeLessThan(
        0.005,
      );
      expect(
        Math.abs(actual.discriminativeEfficiency! - column(row, "discriminativeefficiency") / 100),
      ).toBeLessThan(0.005);
    },
  );
});

describe("computeItemStatistics", () => {
  it("computes Cronbach's α and α if deleted (worked example: two items, three students → α = 2/3)", () => {
    const result = computeItemStatistics({
      questions: [
        { id: "a", maxScore: 1 },
        { id: "b", maxScore: 1 },
      ],
      students: [
        { id: "1", scores: { a: 1, b: 1 } },
        { id: "2", scores: { a: 0, b: 0 } },
        { id: "3", scores: { a: 1, b: 0 } },
      ],
    });
    expect(result.alpha).toBeCloseTo(2 / 3, 10);
    // One item left: α is undefined.
    expect(result.questions.a!.alphaIfDeleted).toBeNull();
  });

  it("uses fractional scores for facility (a question everyone scores 0.75 on has facility 0.75)", () => {
    const result = computeItemStatistics({
      questions: [
        { id: "match", maxScore: 1 },
        { id: "other", maxScore: 1 },
      ],
      students: [0, 1, 0, 1].map((other, i) => ({ id: `${i}`, scores: { match: 0.75, other } })),
    });
    expect(result.questions.match!.facility).toBeCloseTo(0.75, 10);
    // Everyone scored the same: no variance, so discrimination is undefined, not 0.
    expect(result.questions.match!.discriminationIndex).toBeNull();
    expect(result.questions.match!.discriminativeEfficiency).toBeNull();
    expect(result.questions.match!.standardDeviation).toBe(0);
  });

  it("leaves unanswered questions out of that question's data (null and absent alike)", () => {
    const result = computeItemStatistics({
      questions: [
        { id: "a", maxScore: 1 },
        { id: "b", maxScore: 1 },
      ],
      students: [
        { id: "1", scores: { a: 1, b: null } },
        { id: "2", scores: { a: 0 } },
        { id: "3", scores: { a: 1, b: 1 } },
      ],
    });
    expect(result.questions.a!.n).toBe(3);
    expect(result.questions.b!.n).toBe(1);
    expect(result.questions.b!.facility).toBe(1);
    expect(result.questions.b!.standardDeviation).toBeNull();
    expect(result.questions.b!.discriminationIndex).toBeNull();
    // α needs complete rows: only one student answered both.
    expect(result.alpha).toBeNull();
    expect(result.alphaStudents).toBe(1);
  });

  it("returns an empty result for no questions and nulls for no students", () => {
    expect(computeItemStatistics({ questions: [], students: [] })).toEqual({
      questions: {},
      alpha: null,
      alphaStudents: 0,
    });
    expect(computeItemStatistics({ questions: [{ id: "a", maxScore: 1 }], students: [] })).toEqual({
      questions: {
        a: {
          n: 0,
          facility: null,
          standardDeviation: null,
          discriminationIndex: null,
          discriminativeEfficiency: null,
          alphaIfDeleted: null,
        },
      },
      alpha: null,
      alphaStudents: 0,
    });
  });
});

const QUESTION_IDS = ["q1", "q2", "q3", "q4"];
/** Random classes: 0..30 students, each question scored in quarters of its max, sometimes unanswered. */
const classArbitrary = fc
  .record({
    maxScores: fc.tuple(...QUESTION_IDS.map(() => fc.integer({ min: 1, max: 4 }))),
    rows: fc.array(fc.tuple(...QUESTION_IDS.map(() => fc.option(fc.integer({ min: 0, max: 4 })))), {
      maxLength: 30,
    }),
  })
  .map(
    ({ maxScores, rows }): ItemStatisticsInput => ({
      questions: QUESTION_IDS.map((id, q) => ({ id, maxScore: maxScores[q]! })),
      students: rows.map((row, s) => ({
        id: `s${s}`,
        scores: Object.fromEntries(
          QUESTION_IDS.map((id, q) => [id, row[q] === null ? null : (row[q]! / 4) * maxScores[q]!]),
        ),
      })),
    }),
  );

function expectClose(actual: number | null, expected: number | null) {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 9);
}

function expectSameStatistics(
  a: ReturnType<typeof computeItemStatistics>,
  b: ReturnType<typeof computeItemStatistics>,
) {
  expectClose(a.alpha, b.alpha);
  for (const id of Object.keys(b.questions)) {
    const [x, y] = [a.questions[id]!, b.questions[id]!];
    expect(x.n).toBe(y.n);
    for (const key of [
      "facility",
      "standardDeviation",
      "discriminationIndex",
      "discriminativeEfficiency",
      "alphaIfDeleted",
    ] as const)
      expectClose(x[key], y[key]);
  }
}

describe("computeItemStatistics properties", () => {
  it("does not depend on the order of the students", () => {
    fc.assert(
      fc.property(classArbitrary, fc.integer(), (input, seed) => {
        const shuffled = [...input.students]
          .map((student, i) => ({ student, key: Math.sin(seed + i * 7919) }))
          .sort((a, b) => a.key - b.key)
          .map(({ student }) => student);
        expectSameStatistics(
          computeItemStatistics({ ...input, students: shuffled }),
          computeItemStatistics(input),
        );
      }),
    );
  });

  it("gives null SD, discrimination, efficiency and α below two students", () => {
    fc.assert(
      fc.property(classArbitrary, (input) => {
        const result = computeItemStatistics({ ...input, students: input.students.slice(0, 1) });
        expect(result.alpha).toBeNull();
        for (const stats of Object.values(result.questions)) {
          expect(stats.n).toBeLessThanOrEqual(1);
          expect(stats.standardDeviation).toBeNull();
          expect(stats.discriminationIndex).toBeNull();
          expect(stats.discriminativeEfficiency).toBeNull();
          expect(stats.alphaIfDeleted).toBeNull();
        }
      }),
    );
  });

  it("keeps facility in 0..1, discrimination in −1..1 and efficiency at most 1; null exactly when a variance is 0", () => {
    fc.assert(
      fc.property(classArbitrary, (input) => {
        const result = computeItemStatistics(input);
        for (const question of input.questions) {
          const stats = result.questions[question.id]!;
          const answered = input.students.filter((student) => student.scores[question.id] !== null);
          expect(stats.n).toBe(answered.length);
          if (stats.facility !== null) {
            expect(stats.facility).toBeGreaterThanOrEqual(0);
            expect(stats.facility).toBeLessThanOrEqual(1);
          }
          if (stats.discriminationIndex !== null) {
            expect(Math.abs(stats.discriminationIndex)).toBeLessThanOrEqual(1);
            expect(stats.discriminativeEfficiency).not.toBeNull();
            expect(stats.discriminativeEfficiency!).toBeLessThanOrEqual(1);
          }
          const marks = new Set(answered.map((student) => student.scores[question.id]));
          if (marks.size <= 1) expect(stats.discriminationIndex).toBeNull();
        }
      }),
    );
  });

  it("does not change when every score and max is scaled alike", () => {
    fc.assert(
      fc.property(classArbitrary, fc.integer({ min: 2, max: 10 }), (input, factor) => {
        const scaled: ItemStatisticsInput = {
          questions: input.questions.map((question) => ({
            ...question,
            maxScore: question.maxScore * factor,
          })),
          students: input.students.map((student) => ({
            id: student.id,
            scores: Object.fromEntries(
              Object.entries(student.scores).map(([id, score]) => [
                id,
                score === null ? null : score * factor,
              ]),
            ),
          })),
        };
        expectSameStatistics(computeItemStatistics(scaled), computeItemStatistics(input));
      }),
    );
  });

  it("gives as α-if-deleted the α of the test without that question, over the same students", () => {
    fc.assert(
      fc.property(classArbitrary, (input) => {
        const result = computeItemStatistics(input);
        // α is over the students who answered every question.
        const complete = input.students.filter((student) =>
          input.questions.every((question) => typeof student.scores[question.id] === "number"),
        );
        expect(result.alphaStudents).toBe(complete.length);
        for (const question of input.questions) {
          const without = computeItemStatistics({
            questions: input.questions.filter((other) => other.id !== question.id),
            students: complete,
          });
          expectClose(result.questions[question.id]!.alphaIfDeleted, without.alpha);
        }
      }),
    );
  });

  it("gives α = 1 when every question ranks the students identically with equal spread", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 30 }), (marks) => {
        fc.pre(new Set(marks).size > 1);
        const result = computeItemStatistics({
          questions: QUESTION_IDS.map((id) => ({ id, maxScore: 4 })),
          students: marks.map((mark, s) => ({
            id: `s${s}`,
            scores: Object.fromEntries(QUESTION_IDS.map((id) => [id, mark])),
          })),
        });
        expect(result.alpha).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe("classThirds and computeOptionShares", () => {
  const totalsArbitrary = fc
    .array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 })
    .map((totals) => totals.map((total, i) => ({ id: `s${i}`, total: total / 5 })));

  it("makes each third weigh exactly a third of the class, and the same whatever the order of the students", () => {
    fc.assert(
      fc.property(totalsArbitrary, (students) => {
        const thirds = classThirds(students);
        const reversed = classThirds([...students].reverse());
        for (const group of ["upper", "lower"] as const) {
          const weight = [...thirds[group].values()].reduce((sum, value) => sum + value, 0);
          expect(weight).toBeCloseTo(students.length / 3, 9);
          expect(new Map([...reversed[group]].sort())).toEqual(new Map([...thirds[group]].sort()));
        }
        // Nobody in the upper third scored below anybody fully in the lower third.
        const lowest = Math.min(
          ...[...thirds.upper.keys()].map((id) => students.find((s) => s.id === id)!.total),
        );
        for (const [id, weight] of thirds.lower)
          if (weight === 1 && thirds.upper.size)
            expect(students.find((s) => s.id === id)!.total).toBeLessThanOrEqual(lowest);
      }),
    );
  });

  it("gives shares of each group that add up to 1 over the options, and flags only wrong options", () => {
    fc.assert(
      fc.property(
        totalsArbitrary,
        fc.array(fc.constantFrom("a", "b", "c", null), { maxLength: 40 }),
        (students, picks) => {
          const choices = new Map<string, string>();
          students.forEach((student, i) => {
            const pick = picks[i];
            if (pick) choices.set(student.id, pick);
          });
          const options = [
            { id: "a", isCorrect: true },
            { id: "b", isCorrect: false },
            { id: "c", isCorrect: false },
          ];
          const shares = computeOptionShares(classThirds(students), options, choices);
          for (const group of ["upper", "lower"] as const) {
            const values = options.map((option) => shares[option.id]![group]);
            if (values[0] !== null) expect(values.reduce((sum, value) => sum! + value!, 0)).toBeCloseTo(1, 9);
          }
          expect(shares.a!.isSuspectDistractor).toBe(false);
        },
      ),
    );
  });

  it("bins scores in five bands of 20 points, 100% in the top one", () => {
    expect(scoreDistribution([0, 0.19, 0.2, 0.5, 0.79, 0.8, 1])).toEqual([2, 1, 1, 1, 2]);
  });
});
