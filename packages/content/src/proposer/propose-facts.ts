import type { Token } from "../japanese/morphology";
import { shortHash } from "../lib/hash";
import { type Entity, entitySchema, type Fact, factSchema } from "../schemas/article-schema";
import { formatDateJa } from "../schemas/fact-date";
import { findDates } from "./dates";
import { entityId, type FoundEntity, findEntities } from "./entities";
import { findLists } from "./lists";
import { nounAfter, predicateOf, topicOf } from "./phrases";
import { findQuantities } from "./quantities";
import { findQuotes, isSpeech } from "./quotes";
import { splitSentences } from "./sentences";

export type ProposerInput = {
  sections: { id: string; paragraphs: readonly string[] }[];
  sourceId: string;
  /** The source's published date (YYYY-MM-DD): 昨年, 先月 and dates without a year are read against it. */
  publishedDate: string;
};

/** A fact the editor may accept, edit or discard, with the sentence it comes from. */
export type FactProposal = { id: string; section: string; sentence: string; fact: Fact };

export type Proposals = { entities: Entity[]; facts: FactProposal[] };

type SentenceContext = {
  sentence: string;
  tokens: readonly Token[];
  section: string;
  sourceId: string;
  publishedDate: string;
  found: FoundEntity[];
  topic: string | undefined;
  predicate: string | undefined;
  about: string[];
};

function factId(kind: string, sentence: string, key: string): string {
  return `${kind}-${shortHash(`${sentence}|${key}`)}`;
}

function base(context: SentenceContext, kind: string, key: string, label: string, statement: string) {
  return {
    id: factId(kind, context.sentence, key),
    label: { ja: label },
    statement: { ja: statement },
    sentence: context.sentence,
    about: context.about,
    sourceIds: [context.sourceId],
    section: context.section,
  };
}

function datedEvents(context: SentenceContext): unknown[] {
  const { sentence, topic, predicate, publishedDate } = context;
  const date = findDates(sentence, publishedDate)[0];
  if (!date || !topic || !predicate) return [];
  const written = formatDateJa(date.value);
  const statement = sentence.replace(date.asWritten, written);
  return [
    {
      ...base(context, "event", `date|${date.value}`, `${topic}が${predicate}時期`, statement),
      kind: "event",
      subject: topic,
      action: predicate,
      date: { value: date.value, asWritten: date.asWritten, isInferred: false },
    },
  ];
}

function quantities(context: SentenceContext): unknown[] {
  return findQuantities(context.sentence).flatMap((quantity) => {
    const subject = nounAfter(context.sentence, context.tokens, quantity.end) ?? context.topic;
    if (!subject) return [];
    const kind = quantity.isDuration ? "duration" : "quantity";
    const label = `${subject}の${quantity.isDuration ? "期間" : quantity.unit === "次" || quantity.unit === "回" ? "回次" : "数"}`;
    return [
      {
        ...base(context, kind, `${quantity.asWritten}|${quantity.start}`, label, context.sentence),
        kind,
        subject,
        value: quantity.value,
        unit: quantity.unit,
        asWritten: quantity.asWritten,
        isApproximate: quantity.isApproximate,
      },
    ];
  });
}

function quotations(context: SentenceContext): unknown[] {
  return findQuotes(context.sentence)
    .filter((quote) => isSpeech(context.sentence, quote))
    .flatMap((quote) => {
      const before = context.found.filter(
        (entity) => entity.entity.type === "person" && entity.start < quote.start,
      );
      const speaker = before.at(-1)?.mention ?? context.topic;
      if (!speaker) return [];
      return [
        {
          ...base(context, "statement", quote.content, `${speaker}の発言`, context.sentence),
          kind: "statement",
          speaker,
          topic: `${speaker}の発言`,
          content: quote.content,
          isDirectQuote: true,
        },
      ];
    });
}

function personRoles(context: SentenceContext): unknown[] {
  return context.found.flatMap((found) => {
    const [title] = found.entity.titles;
    if (found.entity.type !== "person" || !title) return [];
    return [
      {
        ...base(context, "person-role", found.mention, `${found.entity.name}の肩書き`, context.sentence),
        about: [found.entity.id],
        kind: "person-role",
        person: found.entity.name,
        role: [title],
        ...(found.organization ? { organization: found.organization } : {}),
      },
    ];
  });
}

function lists(context: SentenceContext): unknown[] {
  const { topic, predicate } = context;
  if (!topic || !predicate) return [];
  return findLists(context.tokens).map((list) => ({
    ...base(context, "event", `list|${list.items.join("|")}`, `${topic}が${predicate}対象`, context.sentence),
    kind: "event",
    subject: topic,
    action: predicate,
    object: list.items,
    objectType: list.allPlaces ? "group" : list.allPeople ? "person" : "undertaking",
  }));
}

/** What a sentence without a topic or a named entity is about: the noun its first figure counts. */
function firstFigureSubject(sentence: string, tokens: readonly Token[]): string | undefined {
  const [first] = findQuantities(sentence);
  return first && nounAfter(sentence, tokens, first.end);
}

function mergeEntity(into: Map<string, Entity>, entity: Entity) {
  const known = into.get(entity.id);
  if (!known) {
    into.set(entity.id, entity);
    return;
  }
  known.aliases = [...new Set([...known.aliases, ...entity.aliases])];
  known.titles = [...new Set([...known.titles, ...entity.titles])];
}

/**
 * Proposes facts for every sentence of an article: dated events, figures, quotations with their speaker, people's
 * titles and lists, each valid by the fact schema and carrying its sentence. Pure: the caller passes the analyser.
 */
export function proposeFacts(input: ProposerInput, analyse: (text: string) => Token[]): Proposals {
  const entities = new Map<string, Entity>();
  const facts: FactProposal[] = [];
  const seen = new Set<string>();
  for (const section of input.sections) {
    for (const paragraph of section.paragraphs) {
      for (const { text: sentence } of splitSentences(paragraph)) {
        const tokens = analyse(sentence);
        const found = findEntities(sentence, tokens);
        for (const entity of found) mergeEntity(entities, entity.entity);
        const topic = topicOf(tokens);
        const about = [...new Set(found.map((entity) => entity.entity.id))];
        const anchor = about.length === 0 ? (topic ?? firstFigureSubject(sentence, tokens)) : undefined;
        if (anchor) {
          const thing = entitySchema.parse({ id: entityId("thing", anchor), type: "thing", name: anchor });
          mergeEntity(entities, thing);
          about.push(thing.id);
        }
        if (about.length === 0) continue;
        const context: SentenceContext = {
          sentence,
          tokens,
          section: section.id,
          sourceId: input.sourceId,
          publishedDate: input.publishedDate,
          found,
          topic,
          predicate: predicateOf(tokens),
          about,
        };
        const candidates = [
          ...datedEvents(context),
          ...quantities(context),
          ...quotations(context),
          ...personRoles(context),
          ...lists(context),
        ];
        for (const candidate of candidates) {
          const parsed = factSchema.safeParse(candidate);
          if (!parsed.success || seen.has(parsed.data.id)) continue;
          seen.add(parsed.data.id);
          facts.push({ id: parsed.data.id, section: section.id, sentence, fact: parsed.data });
        }
      }
    }
  }
  return { entities: [...entities.values()], facts };
}
