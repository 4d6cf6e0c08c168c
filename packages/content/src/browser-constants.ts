// The few values client components need, in a module that imports nothing: importing them from the package
// root would bundle every zod schema into the browser's JavaScript (zod builds its schemas at import time, so
// the bundler cannot drop them).
export { BLANK } from "./generator/blank";
export { QUESTION_TYPES, type QuestionType } from "./schemas/question-type-list";
