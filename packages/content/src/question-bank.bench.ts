import { bench, describe } from "vitest";
import { generateQuestions } from "./generator/generate-questions";
import { gradeResponse } from "./grading/grade-response";
import { getArticle, getQuestionBank } from "./question-bank";
import type { Article } from "./schemas/article-schema";
import type { Question } from "./schemas/question-types";

const article = getArticle("russia-north-korea-partnership") as Article;
const bank = getQuestionBank(article.slug);
const cloze = bank.find((question) => question.type === "cloze") as Question;
const numeric = bank.find((question) => question.type === "numeric") as Question;
const choice = bank.find((question) => question.type === "single-choice") as Question;
const choiceId = choice.type === "single-choice" ? (choice.options[0]?.id ?? "") : "";
let seedCounter = 0;

// Baselines run in the same process so the summary's "x times slower than" reads as a ratio.
describe(`generate the whole bank (${bank.length} questions)`, () => {
  bench("generateQuestions(seed article)", () => {
    generateQuestions(article, { seed: `bench-${seedCounter++}` });
  });
  bench("baseline: JSON.stringify(bank)", () => {
    JSON.stringify(bank);
  });
});

describe("grade one response", () => {
  bench("gradeResponse single-choice", () => {
    gradeResponse(choice, { type: "single-choice", optionId: choiceId });
  });
  bench("gradeResponse cloze (normalised text)", () => {
    gradeResponse(cloze, { type: "cloze", text: " ﾎﾞｽﾄｰﾁﾇｲ宇宙基地 " });
  });
  bench("gradeResponse numeric (1万1000)", () => {
    gradeResponse(numeric, { type: "numeric", value: "1万1000人" });
  });
  bench("baseline: plain string compare", () => {
    String(choiceId) === "o-0000000000";
  });
});
