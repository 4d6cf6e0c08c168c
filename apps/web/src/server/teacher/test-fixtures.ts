import type { QuizResponse } from "@jiji/content";
import type { Question } from "@jiji/content/server";
import { createUser, type Database, type Role } from "@jiji/db";

let counter = 0;
/** A fresh account for a test; returns the session-shaped user. */
export async function makeUser(db: Database, role: Role, name = `${role}-${++counter}`) {
  const created = await createUser(db, {
    email: `${name}-${Date.now().toString(36)}-${++counter}@test.example`,
    name,
    role,
    password: "password-123",
  });
  if (!created.ok) throw new Error("could not create test user");
  return { id: created.user.id, role, name };
}

/** The right (or a wrong) answer for any question type, from the server-side key. */
export function responseFor(question: Question, isRight: boolean): QuizResponse {
  switch (question.type) {
    case "single-choice":
      return {
        type: "single-choice",
        optionId: question.options.find((option) => option.isCorrect === isRight)!.id,
      };
    case "true-false":
      return { type: "true-false", value: isRight ? question.answer : !question.answer };
    case "cloze":
      return { type: "cloze", text: isRight ? question.acceptedAnswers[0]! : "まったく関係のない答え" };
    case "numeric":
      return {
        type: "numeric",
        value: String(isRight ? question.answer.value : question.answer.value * 10 + 12345),
      };
    case "ordering": {
      const ids = question.items.map((item) => item.id);
      return { type: "ordering", itemIds: isRight ? ids : ids.reverse() };
    }
    case "matching": {
      const rightIds = question.left.map((left) => question.correctPairs[left.id]!);
      const chosen = isRight ? rightIds : [...rightIds.slice(1), rightIds[0]!];
      return {
        type: "matching",
        pairs: Object.fromEntries(question.left.map((left, i) => [left.id, chosen[i]!])),
      };
    }
  }
}
