import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Article } from "../schemas/article-schema";
import { furiganaProblem } from "./furigana-data";

/** content:check's view of articles/<slug>/furigana.json: null when present and up to date. */
export function checkFuriganaFolder(folder: string, article: Article): string | null {
  const file = path.join(folder, "furigana.json");
  return furiganaProblem(article, existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined);
}
