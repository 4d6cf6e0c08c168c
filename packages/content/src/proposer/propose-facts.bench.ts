import { bench, describe } from "vitest";
import { loadAnalyser, tokenize } from "../japanese/morphology";
import { proposeFacts } from "./propose-facts";

// An article of about 5,000 characters: varied sentences holding every kind of proposal, repeated with new figures.
const SENTENCES = [
  "ロシアのプーチン大統領は昨年6月、北朝鮮の金正恩総書記と平壌で首脳会談を行った。",
  "北朝鮮は約1万1000人規模の兵士をロシアに派遣したとみられている。",
  "両国は軍事、経済、科学技術、文化の分野で協力することで合意した。",
  "韓国の国家情報院は「第3次派兵の可能性がある」と指摘した。",
  "日本政府の報道官は記者会見で「深い懸念を持って注視している」と述べた。",
  "条約は令和6年12月に発効し、有効期間は10年間とされている。",
  "国連安全保障理事会では先月15日、米国や英国、フランスが北朝鮮への制裁強化を求めた。",
  "専門家は、両国の協力が今後さらに深まる可能性が高いと分析している。",
];

function article(targetLength: number): string[] {
  const paragraphs: string[] = [];
  let length = 0;
  for (let round = 0; length < targetLength; round++) {
    const paragraph = SENTENCES.map((sentence) =>
      sentence.replace(/\d+/, (n) => String(Number(n) + round)),
    ).join("");
    paragraphs.push(paragraph);
    length += paragraph.length;
  }
  return paragraphs;
}

const tokenizer = await loadAnalyser();
const paragraphs = article(5000);
const characters = paragraphs.join("").length;

describe(`propose facts for a ${characters}-character article (dictionary loaded; budget < 2 s)`, () => {
  bench(
    "proposeFacts",
    () => {
      proposeFacts(
        { sourceId: "news", publishedDate: "2025-09-01", sections: [{ id: "main", paragraphs }] },
        (text) => tokenize(tokenizer, text),
      );
    },
    { iterations: 5, time: 0 },
  );
  bench(
    "baseline: tokenize the same text once",
    () => {
      tokenize(tokenizer, paragraphs.join(""));
    },
    { iterations: 5, time: 0 },
  );
});
