import { type Token, toHiragana } from "../japanese/morphology";
import { shortHash } from "../lib/hash";
import type { Entity } from "../schemas/article-schema";

/** Titles written after a name (プーチン大統領, 金正恩総書記, 岸田文雄首相); longest first so 副大統領 wins over 大統領. */
const TITLES = [
  "国務長官",
  "副大統領",
  "大統領",
  "副首相",
  "首相",
  "総書記",
  "国家主席",
  "主席",
  "委員長",
  "書記",
  "国防相",
  "外相",
  "外務相",
  "財務相",
  "国防長官",
  "長官",
  "大臣",
  "議長",
  "総裁",
  "代表",
  "知事",
  "市長",
  "社長",
  "会長",
  "監督",
  "教授",
  "大使",
  "報道官",
  "官房長官",
  "氏",
  "さん",
].sort((a, b) => b.length - a.length);

/** A person, organisation, country or place the sentence names, where it stands in the sentence. */
export type FoundEntity = {
  entity: Entity;
  /** The whole mention (name and title, 金正恩総書記). */
  mention: string;
  start: number;
  /** The country or organisation written just before (ロシアのプーチン大統領 → ロシア), if any. */
  organization?: string;
};

export function entityId(type: Entity["type"], name: string): string {
  return `${type === "organization" ? "org" : type}-${shortHash(name)}`;
}

/** The reading the analyser gives, in katakana as entity readings are written; katakana words read as written. */
function readingOf(tokens: readonly Token[]): string | undefined {
  const parts = tokens.map(
    (token) => token.reading || (/^[ァ-ヶー・]+$/.test(token.surface) ? toHiragana(token.surface) : ""),
  );
  if (parts.some((part) => part === "")) return undefined;
  return parts.join("").replace(/[ぁ-ゖ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

const isNameToken = (token: Token) =>
  token.pos === "名詞" &&
  token.posDetail !== "数" &&
  token.posDetail !== "非自立" &&
  token.posDetail !== "代名詞" &&
  token.posDetail !== "副詞可能" &&
  token.properSubKind !== "国" &&
  token.properKind !== "組織" &&
  (token.properKind === "人名" ||
    /^[ァ-ヶー・]+$/.test(token.surface) ||
    /^[\u4e00-\u9fff]{1,2}$/.test(token.surface));

/** Names of organisations end so (世界保健機関, 防衛省, 国連安全保障理事会). */
const ORGANISATION_ENDINGS =
  /(?:機関|機構|省|庁|委員会|理事会|協会|銀行|大学|党|連合|同盟|公社|財団|研究所)$/;

/** A title starting at the token, after a run of name tokens: where the name ends and which title. */
function titledName(sentence: string, tokens: readonly Token[], from: number) {
  for (let end = from; end < tokens.length && end - from < 4; end++) {
    const token = tokens[end]!;
    if (end > from) {
      const title = TITLES.find((candidate) => sentence.startsWith(candidate, token.start));
      if (title) return { end, title };
    }
    if (!isNameToken(token)) return undefined;
  }
  return undefined;
}

function makeEntity(type: Entity["type"], name: string, tokens: readonly Token[], title?: string): Entity {
  return {
    id: entityId(type, name),
    type,
    name,
    aliases: title && title !== name ? [`${name}${title}`] : [],
    reading: readingOf(tokens),
    titles: title && title !== "氏" && title !== "さん" ? [title] : [],
    partOf: [],
    editorNotes: [],
  };
}

/** The noun run of organisation tokens and what follows them (国連 安全 保障 理事 会 → 国連安全保障理事会). */
function organisationRun(tokens: readonly Token[], from: number): number {
  let end = from + 1;
  while (
    end < tokens.length &&
    tokens[end]!.pos === "名詞" &&
    tokens[end]!.posDetail !== "数" &&
    tokens[end]!.posDetail !== "非自立" &&
    tokens[end]!.properKind !== "人名" &&
    !TITLES.includes(tokens[end]!.surface)
  )
    end++;
  return end;
}

function organizationBefore(tokens: readonly Token[], index: number): string | undefined {
  const particle = tokens[index - 1];
  const owner = tokens[index - 2];
  if (particle?.surface !== "の" || !owner) return undefined;
  return owner.properKind === "地域" || owner.properKind === "組織" ? owner.surface : undefined;
}

/**
 * People with titles (a name of 1–4 tokens right before a title), people the dictionary knows as names,
 * organisations (組織 and the nouns that complete them) and countries or places (地域). Readings come from the
 * analyser and are often wrong for foreign names read in Japanese (金正恩 → キムタダシオン): the editor fixes them.
 */
export function findEntities(sentence: string, tokens: readonly Token[]): FoundEntity[] {
  const found: FoundEntity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const titled = isNameToken(token) ? titledName(sentence, tokens, i) : undefined;
    if (titled) {
      const nameTokens = tokens.slice(i, titled.end);
      const name = nameTokens.map((t) => t.surface).join("");
      const titleEnd = tokens[titled.end]!.start + titled.title.length;
      found.push({
        entity: makeEntity("person", name, nameTokens, titled.title),
        mention: `${name}${titled.title}`,
        start: token.start,
        organization: organizationBefore(tokens, i),
      });
      while (i < tokens.length && tokens[i]!.start < titleEnd) i++;
      continue;
    }
    if (token.properKind === "人名") {
      let end = i;
      while (end < tokens.length && tokens[end]!.properKind === "人名") end++;
      if (end - i >= 2) {
        const nameTokens = tokens.slice(i, end);
        const name = nameTokens.map((t) => t.surface).join("");
        found.push({ entity: makeEntity("person", name, nameTokens), mention: name, start: token.start });
        i = end;
        continue;
      }
    }
    const organisationEnd = token.pos === "名詞" ? organisationRun(tokens, i) : i;
    const organisation = tokens.slice(i, organisationEnd);
    const organisationName = organisation.map((t) => t.surface).join("");
    if (
      token.properKind !== "組織" &&
      organisation.length <= 5 &&
      organisationName.length >= 3 &&
      ORGANISATION_ENDINGS.test(organisationName)
    ) {
      found.push({
        entity: makeEntity("organization", organisationName, organisation),
        mention: organisationName,
        start: token.start,
      });
      i = organisationEnd;
      continue;
    }
    if (token.properKind === "組織") {
      const end = organisationRun(tokens, i);
      const runTokens = tokens.slice(i, end);
      const name = runTokens.map((t) => t.surface).join("");
      found.push({ entity: makeEntity("organization", name, runTokens), mention: name, start: token.start });
      i = end;
      continue;
    }
    if (token.properKind === "地域") {
      const type = token.properSubKind === "国" ? "country" : "place";
      found.push({
        entity: makeEntity(type, token.surface, [token]),
        mention: token.surface,
        start: token.start,
      });
    }
    i++;
  }
  return found;
}
