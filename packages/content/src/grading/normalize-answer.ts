const KANJI_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

const NUMBER_RUN = /[0-9.〇零一二三四五六七八九十百千万億兆]+/g;
const HAS_DIGIT_OR_KANJI_NUMBER = /[0-9〇零一二三四五六七八九]/;

function parseBelowTenThousand(text: string): number | null {
  if (text === "") return null;
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  let total = 0;
  let pending: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const arabic = /^\d+(?:\.\d+)?/.exec(text.slice(i));
    if (arabic) {
      pending = Number(arabic[0]);
      i += arabic[0].length - 1;
    } else if (char in KANJI_DIGITS) {
      pending = (pending ?? 0) * 10 + (KANJI_DIGITS[char] as number);
    } else if (char in SMALL_UNITS) {
      total += (pending ?? 1) * (SMALL_UNITS[char] as number);
      pending = null;
    } else {
      return null;
    }
  }
  return total + (pending ?? 0);
}

/** Parses "11000", "11,000", "1万1000", "1.1万", "一万一千", "１万１０００" to 11000; null if not a number. */
export function parseJapaneseNumber(input: string): number | null {
  const text = input
    .normalize("NFKC")
    .replace(/[\s]/g, "")
    .replace(/(\d),(?=\d{3}(?:\D|$))/g, "$1");
  if (text === "" || !HAS_DIGIT_OR_KANJI_NUMBER.test(text.replace(/[十百千万億兆]/g, "1"))) return null;
  let total = 0;
  let rest = text;
  for (const [unit, factor] of Object.entries(BIG_UNITS).reverse()) {
    const index = rest.indexOf(unit);
    if (index === -1) continue;
    const head = rest.slice(0, index);
    const value = head === "" ? 1 : parseBelowTenThousand(head);
    if (value === null) return null;
    total += value * factor;
    rest = rest.slice(index + 1);
  }
  if (rest !== "") {
    const value = parseBelowTenThousand(rest);
    if (value === null) return null;
    total += value;
  }
  return Number.isFinite(total) ? Math.round(total * 1e6) / 1e6 : null;
}

/** 11000 → "1万1000", 24 → "24", 110000 → "11万". */
export function formatJapaneseNumber(value: number): string {
  if (!Number.isInteger(value) || Math.abs(value) < 10000) return String(value);
  const sign = value < 0 ? "-" : "";
  let rest = Math.abs(value);
  let text = "";
  for (const [unit, factor] of [
    ["兆", 1e12],
    ["億", 1e8],
    ["万", 1e4],
  ] as const) {
    const part = Math.floor(rest / factor);
    if (part > 0) text += `${part}${unit}`;
    rest %= factor;
  }
  return `${sign}${text}${rest > 0 ? rest : ""}`;
}

export function toKanjiNumber(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 99) return String(value);
  const digits = "〇一二三四五六七八九";
  if (value < 10) return digits[value] as string;
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? "" : digits[tens]}十${ones === 0 ? "" : digits[ones]}`;
}

export function katakanaToHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60));
}

const DATE_FULL = /(\d{4})\s*(?:年|\/|-|\.)\s*(\d{1,2})\s*(?:月|\/|-|\.)\s*(\d{1,2})\s*日?/g;
const DATE_MONTH = /(\d{4})\s*(?:年|\/|-|\.)\s*(\d{1,2})\s*月?(?!\d)/g;

function canonicalDates(text: string): string {
  return text
    .replace(
      DATE_FULL,
      (_, y: string, m: string, d: string) => `${y}${m.padStart(2, "0")}${d.padStart(2, "0")}`,
    )
    .replace(DATE_MONTH, (_, y: string, m: string) => `${y}${m.padStart(2, "0")}`);
}

function canonicalNumbers(text: string): string {
  return text.replace(/(\d),(?=\d{3}(?:\D|$))/g, "$1").replace(NUMBER_RUN, (run) => {
    const value = parseJapaneseNumber(run);
    return value === null ? run : String(value);
  });
}

/**
 * Folds a typed answer so that spelling variants compare equal: NFKC (full/half width), dates to
 * YYYY-MM-DD, numbers (1万1000, 11,000, 一万一千) to digits, katakana to hiragana, case, spaces and punctuation.
 */
export function normalizeAnswerText(input: string): string {
  let text = input.normalize("NFKC").toLowerCase().trim();
  text = canonicalDates(text);
  text = canonicalNumbers(text);
  // ヶ/ケ/ヵ/カ/か/箇 in counters like "5ヶ月" are the same word
  text = text.replace(/(\d)[ヶケヵカか箇个](?=月)/g, "$1か");
  text = katakanaToHiragana(text);
  return text.replace(/[\s\p{P}\p{S}]/gu, "");
}

/** Words that only say how a figure is written: dropped before reading the number. */
/**
 * Drops a linking の or な between two words (全面的な支持 → 全面的支持, 無条件の実行 → 無条件実行): a student who
 * writes the compound with or without it writes the same answer. Applied to both sides of a comparison.
 */
export function withoutLinkingParticles(normalized: string): string {
  return normalized.replace(/(?<=[^\u3041-\u309f])[のな](?=[^\u3041-\u309f])/gu, "");
}

const NUMERIC_NOISE = /約|およそ|ほど|程度|規模|くらい|ぐらい|ぶり|第/g;
/** Words that change what the figure claims (11000人以上 is not 11000人): such an answer is not read at all. */
const NUMERIC_QUALIFIER = /以上|以下|未満|超|以内|強$|弱$|余り$|あまり$/;
const TRAILING_PUNCTUATION = /[。．.、,!！?？]+$/;
/** Counters a student may write for the unit the article uses. */
const UNIT_SYNONYMS: Record<string, readonly string[]> = {
  人: ["人", "名"],
  次: ["次", "回目", "回", "度目"],
};
const ERA_OFFSETS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911, 明治: 1867 };
const ERA_YEAR = /^(令和|平成|昭和|大正|明治)(元|.+?)年?$/;

function readCalendarYear(text: string): number | null {
  const era = ERA_YEAR.exec(text);
  if (era) {
    const year = era[2] === "元" ? 1 : parseJapaneseNumber(era[2] as string);
    return year === null || year < 1 ? null : (ERA_OFFSETS[era[1] as string] as number) + year;
  }
  return parseJapaneseNumber(text.replace(/^西暦/, "").replace(/年$/, ""));
}

/**
 * Reads a typed number in the question's unit: "1万1000人", "11,000名", "約1.1万。" → 11000; for month units also
 * "4年5ヶ月" → 53; for 第…次 also "3回目"; for a calendar year also "西暦2024年" and "令和6年" → 2024. Null when it is
 * not a number, or when a qualifier (以上, 未満, …) makes it claim something else.
 */
export function parseNumericResponse(
  input: string,
  unit: string,
  options: { isCalendarYear?: boolean } = {},
): number | null {
  let text = input.normalize("NFKC").replace(/\s/g, "").replace(TRAILING_PUNCTUATION, "");
  if (NUMERIC_QUALIFIER.test(text)) return null;
  if (options.isCalendarYear) return readCalendarYear(text);
  text = text.replace(NUMERIC_NOISE, "");
  const normalizedUnit = unit.normalize("NFKC");
  if (/[ヶケかカ箇]月/.test(normalizedUnit)) {
    const yearsMonths = /^(.+?)年(?:(.+?)[ヶケかカ箇]?月)?$/.exec(text);
    if (yearsMonths) {
      const years = parseJapaneseNumber(yearsMonths[1] as string);
      const months = yearsMonths[2] === undefined ? 0 : parseJapaneseNumber(yearsMonths[2]);
      if (years !== null && months !== null) return years * 12 + months;
    }
    text = text.replace(/[ヶケかカ箇]?月$/, "");
  }
  for (const counter of UNIT_SYNONYMS[normalizedUnit] ?? [normalizedUnit]) {
    if (text.endsWith(counter)) {
      text = text.slice(0, -counter.length);
      break;
    }
  }
  return parseJapaneseNumber(text);
}
