import type { Token } from "../japanese/morphology";

const isContentNoun = (token: Token) =>
  token.pos === "名詞" && token.posDetail !== "非自立" && token.posDetail !== "代名詞";

/** The noun phrase marked by the first は or が (ロシアのプーチン大統領は → ロシアのプーチン大統領), or undefined. */
export function topicOf(tokens: readonly Token[]): string | undefined {
  const marker = tokens.findIndex(
    (token) => token.pos === "助詞" && (token.surface === "は" || token.surface === "が"),
  );
  if (marker <= 0) return undefined;
  let start = marker;
  while (start > 0) {
    const previous = tokens[start - 1]!;
    if (isContentNoun(previous) || previous.pos === "接頭詞") start--;
    else if (previous.surface === "の" && start >= 2 && isContentNoun(tokens[start - 2]!)) start -= 2;
    else break;
  }
  const topic = tokens
    .slice(start, marker)
    .map((token) => token.surface)
    .join("");
  return topic || undefined;
}

/**
 * What the sentence says was done, from the last verb phrase to the end without the full stop
 * (派遣した, 首脳会談を行った → 行った with its サ変 noun when it stands right before: 会談した).
 */
export function predicateOf(tokens: readonly Token[]): string | undefined {
  let verb = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i]!.pos === "動詞" && tokens[i]!.posDetail === "自立") {
      verb = i;
      break;
    }
  }
  if (verb === -1) return undefined;
  let start = verb;
  if (verb > 0 && tokens[verb - 1]!.posDetail === "サ変接続") start = verb - 1;
  let end = tokens.length;
  while (end > verb + 1 && tokens[end - 1]!.pos === "記号") end--;
  const text = tokens
    .slice(start, end)
    .map((token) => token.surface)
    .join("");
  return text || undefined;
}

/**
 * The noun after a figure, with or without の (1万1000人規模の兵士 → 兵士, 第3次派兵 → 派兵): what it counts.
 */
export function nounAfter(sentence: string, tokens: readonly Token[], offset: number): string | undefined {
  let index = tokens.findIndex((token) => token.start >= offset);
  if (index === -1) return undefined;
  if (tokens[index]!.surface !== "の") index--;
  let end = index + 1;
  while (end < tokens.length && isContentNoun(tokens[end]!) && tokens[end]!.posDetail !== "数") end++;
  const first = tokens[index + 1];
  if (!first || end === index + 1) return undefined;
  return sentence.slice(first.start, tokens[end - 1]!.start + tokens[end - 1]!.surface.length);
}
