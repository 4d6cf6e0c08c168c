import type { GradeResult, Question, QuizResponse } from "../schemas/question-types";
import { responseSchema } from "../schemas/question-types";
import { normalizeAnswerText, parseNumericResponse, withoutLinkingParticles } from "./normalize-answer";

function failure(code: "wrong-shape" | "wrong-type" | "unknown-option", message: string): GradeResult {
  return { ok: false, error: { code, message } };
}

/** Share of item pairs whose relative order is right (Kendall-style), so one misplaced item still earns credit. */
function pairwiseOrderScore(correct: readonly string[], given: readonly string[]): number {
  const position = new Map(given.map((id, index) => [id, index]));
  let agreeing = 0;
  let total = 0;
  for (let i = 0; i < correct.length; i++) {
    for (let j = i + 1; j < correct.length; j++) {
      total++;
      if ((position.get(correct[i] as string) ?? 0) < (position.get(correct[j] as string) ?? 0)) agreeing++;
    }
  }
  return total === 0 ? 1 : agreeing / total;
}

function gradeParsed(question: Question, response: QuizResponse): GradeResult {
  if (response.type !== question.type) {
    return failure("wrong-type", `expected a ${question.type} response, got ${response.type}`);
  }
  switch (question.type) {
    case "single-choice": {
      if (response.type !== "single-choice") break;
      const option = question.options.find((candidate) => candidate.id === response.optionId);
      if (!option)
        return failure("unknown-option", `option ${response.optionId} is not part of ${question.id}`);
      return {
        ok: true,
        isCorrect: option.isCorrect,
        score: option.isCorrect ? 1 : 0,
        normalizedResponse: option.id,
        ...(option.distractorFactId ? { chosenDistractorFactId: option.distractorFactId } : {}),
      };
    }
    case "true-false": {
      if (response.type !== "true-false") break;
      const isCorrect = response.value === question.answer;
      return {
        ok: true,
        isCorrect,
        score: isCorrect ? 1 : 0,
        normalizedResponse: response.value,
        ...(!isCorrect && question.swappedFromFactId
          ? { chosenDistractorFactId: question.swappedFromFactId }
          : {}),
      };
    }
    case "cloze": {
      if (response.type !== "cloze") break;
      const normalized = normalizeAnswerText(response.text);
      const folded = withoutLinkingParticles(normalized);
      const isCorrect =
        normalized.length > 0 &&
        question.acceptedAnswers.some(
          (answer) => withoutLinkingParticles(normalizeAnswerText(answer)) === folded,
        );
      return { ok: true, isCorrect, score: isCorrect ? 1 : 0, normalizedResponse: normalized };
    }
    case "numeric": {
      if (response.type !== "numeric") break;
      const value = parseNumericResponse(response.value, question.unit, {
        isCalendarYear: question.answer.isCalendarYear === true,
      });
      const isCorrect =
        value !== null && Math.abs(value - question.answer.value) <= question.answer.tolerance;
      return { ok: true, isCorrect, score: isCorrect ? 1 : 0, normalizedResponse: value };
    }
    case "ordering": {
      if (response.type !== "ordering") break;
      const correct = question.items.map((item) => item.id);
      const known = new Set(correct);
      const unknown = response.itemIds.find((id) => !known.has(id));
      if (unknown) return failure("unknown-option", `item ${unknown} is not part of ${question.id}`);
      if (response.itemIds.length !== correct.length || new Set(response.itemIds).size !== correct.length) {
        return failure(
          "wrong-shape",
          `an ordering must list each of the ${correct.length} items exactly once`,
        );
      }
      const score = pairwiseOrderScore(correct, response.itemIds);
      return { ok: true, isCorrect: score === 1, score, normalizedResponse: response.itemIds };
    }
    case "matching": {
      if (response.type !== "matching") break;
      const leftIds = new Set(question.left.map((item) => item.id));
      const rightIds = new Set(question.right.map((item) => item.id));
      for (const [left, right] of Object.entries(response.pairs)) {
        if (!leftIds.has(left))
          return failure("unknown-option", `left item ${left} is not part of ${question.id}`);
        if (!rightIds.has(right))
          return failure("unknown-option", `right item ${right} is not part of ${question.id}`);
      }
      const matched = question.left.filter(
        (item) => response.pairs[item.id] === question.correctPairs[item.id],
      );
      const score = matched.length / question.left.length;
      return { ok: true, isCorrect: score === 1, score, normalizedResponse: response.pairs };
    }
  }
  return failure("wrong-type", `expected a ${question.type} response`);
}

/** Grades a response from the browser against the server-side key. Never throws; bad input is a typed error. */
export function gradeResponse(question: Question, response: unknown): GradeResult {
  const parsed = responseSchema.safeParse(response);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
    return failure(
      "wrong-shape",
      `response does not match any response shape${where}: ${issue?.message ?? ""}`,
    );
  }
  try {
    return gradeParsed(question, parsed.data);
  } catch (error) {
    return failure("wrong-shape", error instanceof Error ? error.message : "response could not be graded");
  }
}
