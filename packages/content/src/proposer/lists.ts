import type { Token } from "../japanese/morphology";

/** Several values the sentence names together (軍事、経済、科学技術の分野 / 米国や日本、韓国). */
export type FoundList = {
  items: string[];
  start: number;
  end: number;
  allPlaces: boolean;
  allPeople: boolean;
};

const SEPARATORS = new Set(["、", "や", "と", "及び", "および", "ならびに"]);

const isItemToken = (token: Token) =>
  (token.pos === "名詞" &&
    token.posDetail !== "数" &&
    token.posDetail !== "非自立" &&
    token.posDetail !== "副詞可能" &&
    token.posDetail !== "代名詞") ||
  token.pos === "接頭詞";

/**
 * Runs of three or more short noun phrases joined by 、/や/と/及び (at least one 、), each phrase at most
 * eight characters: the values of one multi-valued fact.
 */
export function findLists(tokens: readonly Token[]): FoundList[] {
  const lists: FoundList[] = [];
  let i = 0;
  while (i < tokens.length) {
    const items: { text: string; tokens: Token[] }[] = [];
    let commas = 0;
    let j = i;
    let start = -1;
    let end = -1;
    while (j < tokens.length) {
      let k = j;
      while (k < tokens.length && isItemToken(tokens[k]!)) k++;
      if (k === j) break;
      const itemTokens = tokens.slice(j, k);
      const text = itemTokens.map((token) => token.surface).join("");
      if (text.length > 8) break;
      if (start === -1) start = tokens[j]!.start;
      items.push({ text, tokens: itemTokens });
      end = tokens[k - 1]!.start + tokens[k - 1]!.surface.length;
      const separator = tokens[k];
      if (!separator || !SEPARATORS.has(separator.surface)) break;
      if (separator.surface === "、") commas++;
      j = k + 1;
    }
    if (items.length >= 3 && commas >= 1) {
      lists.push({
        items: items.map((item) => item.text),
        start,
        end,
        allPlaces: items.every((item) => item.tokens.every((token) => token.properKind === "地域")),
        allPeople: items.every((item) => item.tokens.some((token) => token.properKind === "人名")),
      });
      while (i < tokens.length && tokens[i]!.start < end) i++;
    } else i++;
  }
  return lists;
}
