import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Question } from "../schemas/question-types";
import { type ReviewFile, retiredFileSchema, reviewFileSchema } from "./review-file";

/** Reads and writes the review and retired files of one article folder (Node only: the CLI tools). */
export function readReviewFolder(folder: string, slug: string): { review: ReviewFile; retired: Question[] } {
  const reviewPath = path.join(folder, "review.json");
  const retiredPath = path.join(folder, "retired.json");
  const review = existsSync(reviewPath)
    ? reviewFileSchema.parse(JSON.parse(readFileSync(reviewPath, "utf8")))
    : { article: slug, questions: [] };
  const retired = existsSync(retiredPath)
    ? retiredFileSchema.parse(JSON.parse(readFileSync(retiredPath, "utf8")))
    : [];
  return { review, retired };
}

export function writeReviewFolder(folder: string, review: ReviewFile, retired: readonly Question[]): void {
  writeFileSync(path.join(folder, "review.json"), `${JSON.stringify(review, null, 2)}\n`);
  // One retired question a line: they are history, read by the server, rarely by people.
  const lines = retired.map((question) => JSON.stringify(question));
  writeFileSync(path.join(folder, "retired.json"), `[\n${lines.join(",\n")}\n]\n`);
}
