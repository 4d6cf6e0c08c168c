import type { LocalizedText } from "./article-schema";

/**
 * The topics a fact may be tagged with, and what a teacher reads for each when choosing a quiz's topics. One
 * vocabulary for every article, so a topic means the same in each: the editor's fact form offers these, and
 * `content:check` refuses a repository article's tag that is not here. A tag without an entry (an imported
 * editor article's) still works as a filter and shows as written.
 */
export const TOPIC_TAGS = {
  construction: { ja: "建設", en: "Construction" },
  decks: { ja: "展望台", en: "Observation decks" },
  deployment: { ja: "派兵", en: "Troop deployment" },
  diplomacy: { ja: "外交", en: "Diplomacy" },
  economy: { ja: "経済", en: "Economy" },
  gift: { ja: "贈り物", en: "Gifts" },
  glossary: { ja: "用語", en: "Terms" },
  letter: { ja: "書簡・年賀状", en: "Letters" },
  military: { ja: "軍事", en: "Military" },
  "new-year": { ja: "新年のあいさつ", en: "New Year greetings" },
  opening: { ja: "開業", en: "Opening" },
  people: { ja: "人物", en: "People" },
  quote: { ja: "発言", en: "Quotes" },
  reaction: { ja: "各国の反応", en: "Reactions" },
  record: { ja: "記録", en: "Records" },
  sanctions: { ja: "制裁", en: "Sanctions" },
  shoigu: { ja: "ショイグ書記", en: "Shoigu" },
  "summit-2023": { ja: "2023年の首脳会談", en: "2023 summit" },
  "summit-2024": { ja: "2024年の首脳会談", en: "2024 summit" },
  tourism: { ja: "観光", en: "Tourism" },
  treaty: { ja: "条約", en: "Treaty" },
  ukraine: { ja: "ウクライナ情勢", en: "Ukraine" },
  "united-nations": { ja: "国連", en: "United Nations" },
  west: { ja: "西側諸国", en: "The West" },
} as const satisfies Record<string, Required<LocalizedText>>;

export type TopicTag = keyof typeof TOPIC_TAGS;

export function isTopicTag(tag: string): tag is TopicTag {
  return Object.hasOwn(TOPIC_TAGS, tag);
}
