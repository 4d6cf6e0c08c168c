import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { articles } from "../articles";
import { describeCorrectAnswer, describeResponse } from "../describe-answer";
import { generateQuestions } from "../generator/generate-questions";
import { toPublicQuestion } from "../public-question";
import type { PublicQuestion, Question, QuestionOfType } from "../schemas/question-types";
import { gradeResponse } from "./grade-response";

// Grading serves every generated question (an attempt may hold one a later review rejected): test the whole draft bank.
const bank = articles.flatMap((article) => generateQuestions(article, { seed: "jiji" }));
const ofType = <T extends Question["type"]>(type: T) =>
  bank.filter((question): question is QuestionOfType<T> => question.type === type);

function correctResponse(question: Question): unknown {
  switch (question.type) {
    case "single-choice":
      return { type: question.type, optionId: question.options.find((option) => option.isCorrect)?.id };
    case "true-false":
      return { type: question.type, value: question.answer };
    case "cloze":
      return { type: question.type, text: question.acceptedAnswers[0] };
    case "numeric":
      return { type: question.type, value: question.answer.asWritten };
    case "ordering":
      return { type: question.type, itemIds: question.items.map((item) => item.id) };
    case "matching":
      return { type: question.type, pairs: question.correctPairs };
  }
}

describe("gradeResponse", () => {
  it("grades the key of every question in the bank as correct with full score", () => {
    for (const question of bank) {
      expect(gradeResponse(question, correctResponse(question))).toMatchObject({
        ok: true,
        isCorrect: true,
        score: 1,
      });
    }
  });

  it("never throws and returns a typed error for any malformed response", () => {
    fc.assert(
      fc.property(fc.constantFrom(...bank), fc.anything(), (question, response) => {
        const result = gradeResponse(question, response);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
    expect(gradeResponse(bank[0] as Question, { type: "single-choice" })).toMatchObject({
      ok: false,
      error: { code: "wrong-shape" },
    });
  });

  it("rejects a response of another question type", () => {
    const question = ofType("true-false")[0] as Question;
    expect(gradeResponse(question, { type: "cloze", text: "x" })).toMatchObject({
      ok: false,
      error: { code: "wrong-type" },
    });
  });

  it("rejects an option id that is not in the question", () => {
    const question = ofType("single-choice")[0] as Question;
    expect(gradeResponse(question, { type: "single-choice", optionId: "o-nope" })).toMatchObject({
      ok: false,
      error: { code: "unknown-option" },
    });
  });

  it("reports which fact a chosen distractor came from", () => {
    const question = ofType("single-choice").find((q) => q.options.some((o) => o.distractorFactId));
    expect(question, "some wrong option borrowed from another fact").toBeDefined();
    const wrong = question?.options.find((option) => option.distractorFactId);
    const result = gradeResponse(question as Question, { type: "single-choice", optionId: wrong?.id });
    expect(result).toMatchObject({
      ok: true,
      isCorrect: false,
      score: 0,
      chosenDistractorFactId: wrong?.distractorFactId,
    });
  });

  it("accepts the ways a student writes the troop numbers, and refuses a figure that claims something else", () => {
    const question = ofType("numeric").find((q) => q.factIds.includes("troops-deployed")) as Question;
    for (const value of [
      "1万1000",
      "11000",
      "11,000",
      "１万１０００人",
      "1万1000人規模",
      "11000人。",
      "11000名",
      "一万一千人",
    ]) {
      expect(gradeResponse(question, { type: "numeric", value }), value).toMatchObject({ isCorrect: true });
    }
    for (const value of ["1万", "11000人以上", "11000人未満", "1万1000人超", "10999"]) {
      expect(gradeResponse(question, { type: "numeric", value }), value).toMatchObject({ isCorrect: false });
    }
  });

  it("reads 西暦 and era years for a year, and 回目 for 第…次", () => {
    const year = ofType("numeric").find((q) => q.factIds.includes("treaty-signed")) as Question;
    for (const value of ["2024", "2024年", "西暦2024年", "令和6年", "令和六年", "２０２４"]) {
      expect(gradeResponse(year, { type: "numeric", value }), value).toMatchObject({ isCorrect: true });
    }
    for (const value of ["令和5年", "平成6年", "2023"]) {
      expect(gradeResponse(year, { type: "numeric", value }), value).toMatchObject({ isCorrect: false });
    }
    const round = ofType("numeric").find((q) => q.factIds.includes("third-deployment-possible")) as Question;
    for (const value of ["3", "三", "第3次", "3回目", "3次。"]) {
      expect(gradeResponse(round, { type: "numeric", value }), value).toMatchObject({ isCorrect: true });
    }
    expect(gradeResponse(round, { type: "numeric", value: "3次以上" })).toMatchObject({ isCorrect: false });
  });

  it("allows a distance only where the article says 約", () => {
    for (const question of ofType("numeric")) {
      if (question.answer.tolerance > 0) expect(question.answer.asWritten, question.id).toMatch(/約|およそ/);
    }
  });

  it("accepts every name of an entity in a fill-in, and refuses an answer merely contained in the key", () => {
    const shoigu = ofType("cloze").find((q) => q.acceptedAnswers[0] === "ショイグ書記") as Question;
    for (const text of ["ショイグ書記", "ショイグ", "ショイグ氏", "ショイグ国家安全保障会議書記"]) {
      expect(gradeResponse(shoigu, { type: "cloze", text }), text).toMatchObject({ isCorrect: true });
    }
    expect(gradeResponse(shoigu, { type: "cloze", text: "書記" })).toMatchObject({ isCorrect: false });
    const west = ofType("cloze").find((q) => q.acceptedAnswers[0] === "米欧") as Question;
    for (const text of ["米欧", "欧米", "西側諸国"]) {
      expect(gradeResponse(west, { type: "cloze", text }), text).toMatchObject({ isCorrect: true });
    }
    const treaty = ofType("cloze").find(
      (q) => q.acceptedAnswers[0] === "包括的戦略パートナーシップ条約",
    ) as Question;
    for (const text of ["相互支援条約", "包括的戦略的パートナーシップ条約"]) {
      expect(gradeResponse(treaty, { type: "cloze", text }), text).toMatchObject({ isCorrect: true });
    }
    expect(gradeResponse(treaty, { type: "cloze", text: "条約" })).toMatchObject({ isCorrect: false });
  });

  it("accepts width and kana variants in cloze answers", () => {
    const question = ofType("cloze").find(
      (q) => q.acceptedAnswers[0] === "ボストーチヌイ宇宙基地",
    ) as Question;
    expect(gradeResponse(question, { type: "cloze", text: " ﾎﾞｽﾄｰﾁﾇｲ宇宙基地 " })).toMatchObject({
      isCorrect: true,
    });
    expect(gradeResponse(question, { type: "cloze", text: "ぼすとーちぬい宇宙基地" })).toMatchObject({
      isCorrect: true,
    });
    expect(gradeResponse(question, { type: "cloze", text: "平壌" })).toMatchObject({ isCorrect: false });
  });

  it("gives partial credit for an ordering with two neighbours swapped", () => {
    const question = ofType("ordering").find((q) => q.items.length === 4) as QuestionOfType<"ordering">;
    const ids = question.items.map((item) => item.id);
    const swapped = [ids[1], ids[0], ids[2], ids[3]];
    const result = gradeResponse(question, { type: "ordering", itemIds: swapped });
    expect(result).toMatchObject({ ok: true, isCorrect: false, score: 5 / 6 });
  });

  it("gives partial credit per correct pair in matching", () => {
    const question = ofType("matching")[0] as QuestionOfType<"matching">;
    const [first] = question.left;
    const pairs = { [first?.id ?? ""]: question.correctPairs[first?.id ?? ""] ?? "" };
    const result = gradeResponse(question, { type: "matching", pairs });
    expect(result).toMatchObject({ ok: true, isCorrect: false, score: 1 / question.left.length });
  });
});

describe("toPublicQuestion", () => {
  it("has no key fields at the type level", () => {
    expectTypeOf<Extract<PublicQuestion, { type: "single-choice" }>["options"][number]>().toEqualTypeOf<{
      id: string;
      text: string;
    }>();
    expectTypeOf<PublicQuestion>().not.toHaveProperty("factIds");
    expectTypeOf<PublicQuestion>().not.toHaveProperty("explanation");
    expectTypeOf<PublicQuestion>().not.toHaveProperty("citations");
  });

  it("sends nothing that reveals the key", () => {
    for (const question of bank) {
      const json = JSON.stringify(toPublicQuestion(question, "viewer-1"));
      for (const secret of [
        "isCorrect",
        "answer",
        "correct",
        "distractor",
        "factId",
        "template",
        "swapped",
        "explanation",
        "citations",
        "publisher",
      ]) {
        expect(json).not.toContain(secret);
      }
      if (question.type === "cloze") expect(json).not.toContain(question.acceptedAnswers[0]);
      if (question.type === "numeric") expect(json).not.toContain(question.answer.asWritten);
    }
  });

  it("does not always put the correct option in the same place", () => {
    const positions = new Set(
      ofType("single-choice").map((question) => {
        const correctId = question.options.find((option) => option.isCorrect)?.id;
        const view = toPublicQuestion(question, "viewer-1");
        return view.type === "single-choice"
          ? view.options.findIndex((option) => option.id === correctId)
          : -1;
      }),
    );
    expect(positions.size).toBe(4);
  });

  it("shuffles deterministically per seed", () => {
    const question = ofType("ordering")[0] as Question;
    expect(toPublicQuestion(question, "s")).toEqual(toPublicQuestion(question, "s"));
  });
});

describe("describeCorrectAnswer / describeResponse", () => {
  // The app passes its message files' words; any words do here.
  const words = {
    true: "T",
    false: "F",
    noAnswer: "(none)",
    unreadable: "(unreadable)",
    unknown: "(unknown)",
  };

  it("describes key and response in the words it is given", () => {
    const question = ofType("true-false").find((q) => !q.answer) as Question;
    expect(describeCorrectAnswer(question, "ja", words)).toBe("F");
    expect(describeResponse(question, { type: "true-false", value: true }, "en", words)).toBe("T");
    expect(describeResponse(question, { nonsense: 1 }, "ja", words)).toBe("(unreadable)");
    const numeric = ofType("numeric").find((q) => q.factIds.includes("troops-deployed")) as Question;
    expect(describeCorrectAnswer(numeric, "ja", words)).toBe("1万1000人規模");
  });
});
