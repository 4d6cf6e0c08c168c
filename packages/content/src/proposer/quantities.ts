import { parseJapaneseNumber } from "../grading/normalize-answer";

/** A figure the sentence states, with its unit and how it is qualified (約, 規模, 第…次). */
export type FoundQuantity = {
  value: number;
  unit: string;
  asWritten: string;
  isApproximate: boolean;
  /** A length of time (年間, か月, 時間) rather than a count. */
  isDuration: boolean;
  start: number;
  end: number;
};

const NUMBER = "[0-9０-９][0-9０-９,，.．]*(?:[万億兆千][0-9０-９,，]*)*";
const DURATION_UNITS = ["年間", "か月間", "カ月間", "ヵ月間", "か月", "カ月", "ヵ月", "週間", "日間", "時間"];
const COUNT_UNITS = [
  "億円",
  "万円",
  "円",
  "億ドル",
  "万ドル",
  "ドル",
  "ユーロ",
  "キロメートル",
  "キロ",
  "km",
  "メートル",
  "トン",
  "%",
  "％",
  "人",
  "件",
  "回",
  "台",
  "発",
  "機",
  "隻",
  "社",
  "カ国",
  "か国",
  "ヵ国",
  "か所",
  "カ所",
  "棟",
  "歳",
  "票",
  "倍",
  "校",
  "頭",
  "世帯",
  "戸",
  "個",
  "枚",
];
const APPROXIMATE_BEFORE = ["約", "およそ", "推定"];
const APPROXIMATE_AFTER = ["規模", "余り", "あまり", "程度", "前後"];
const UNITS = [...DURATION_UNITS, ...COUNT_UNITS].sort((a, b) => b.length - a.length);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\%]/g, "\\$&");
const QUANTITY_PATTERN = new RegExp(
  `(?<before>${APPROXIMATE_BEFORE.join("|")})?(?<number>${NUMBER})(?<unit>${UNITS.map(escapeRegExp).join("|")})(?<after>${APPROXIMATE_AFTER.join("|")})?`,
  "g",
);
const ORDINAL_PATTERN = /第(?<number>[0-9０-９]+|[一二三四五六七八九十百]+)(?<unit>次|回|期|弾)/g;

/** Figures with a unit (約1万1000人, 1万1000人規模, 3年間) and ordinals (第3次, 第三次). Dates are not figures. */
export function findQuantities(sentence: string): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  for (const match of sentence.matchAll(QUANTITY_PATTERN)) {
    const g = match.groups!;
    const value = parseJapaneseNumber(g.number!.replace(/[，,]$/, ""));
    if (value === null) continue;
    found.push({
      value,
      unit: g.unit!,
      asWritten: match[0],
      isApproximate: g.before !== undefined || g.after !== undefined,
      isDuration: DURATION_UNITS.includes(g.unit!),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  for (const match of sentence.matchAll(ORDINAL_PATTERN)) {
    const value = parseJapaneseNumber(match.groups!.number!);
    if (value === null) continue;
    found.push({
      value,
      unit: match.groups!.unit!,
      asWritten: match[0],
      isApproximate: false,
      isDuration: false,
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
