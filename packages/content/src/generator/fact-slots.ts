import { formatJapaneseNumber, parseJapaneseNumber, toKanjiNumber } from "../grading/normalize-answer";
import type { Fact, LocalizedText } from "../schemas/article-schema";
import { formatDateJa } from "../schemas/fact-date";
import { BLANK } from "./blank";

export type SlotAnswer =
  | { kind: "text"; text: string }
  | { kind: "date"; date: string }
  | { kind: "number"; value: number; unit: string; tolerance: number; asWritten: string };

/** One thing a fact can be asked about: the answer, how to say the fact with any value, and a direct question. */
export type Slot = {
  fact: Fact;
  name: string;
  /** Distractors for a slot come from other slots of the same category. */
  category: string;
  /** Facts about the same entity never supply distractors (a second true answer is not a wrong option). */
  about: string;
  answer: SlotAnswer;
  sentence: (value: string) => string;
  question?: LocalizedText;
};

/** The digits or kanji numerals of a figure as written: "1万1000" in "約1万1000人", "三" in "第三次". */
const NUMBER_RUN = /[0-9][0-9,]*(?:\.\d+)?万?[0-9]*|[〇一二三四五六七八九十]+/;

/**
 * The figure as written with only its number blanked ("第(  )次", "約(  )人"), when that number is the value
 * itself; null otherwise ("約4年5ヶ月" stores 53 months: blanking the 4 would ask for the wrong number).
 */
export function blankNumber(asWritten: string, value: number): string | null {
  const run = NUMBER_RUN.exec(asWritten);
  return run && parseJapaneseNumber(run[0]) === value ? asWritten.replace(run[0], BLANK) : null;
}

function formatNumberLike(value: number, template: { unit: string; asWritten: string }): string {
  if (/[ヶケかカ]月/.test(template.unit) && value >= 12) {
    const prefix = template.asWritten.startsWith("約") ? "約" : "";
    const months = value % 12;
    return `${prefix}${Math.floor(value / 12)}年${months === 0 ? "" : `${months}ヶ月`}`;
  }
  const run = NUMBER_RUN.exec(template.asWritten);
  if (!run) return `${formatJapaneseNumber(value)}${template.unit}`;
  const replacement = /[0-9]/.test(run[0]) ? formatJapaneseNumber(value) : toKanjiNumber(value);
  return template.asWritten.replace(run[0], replacement);
}

export function answerText(answer: SlotAnswer): string {
  if (answer.kind === "text") return answer.text;
  if (answer.kind === "date") return formatDateJa(answer.date);
  return answer.asWritten;
}

export function numberText(value: number, like: { unit: string; asWritten: string }): string {
  return formatNumberLike(value, like);
}

function withStance(fact: Fact, text: string): string {
  return fact.stance.type === "assessment" ? `${fact.stance.heldBy}の見方では、${text}` : text;
}

function withStanceEn(fact: Fact, text: string): string {
  return fact.stance.type === "assessment" ? `In the view of ${fact.stance.heldBy}: ${text}` : text;
}

function localized(fact: Fact, ja: string, en: string): LocalizedText {
  return fact.statement.en
    ? { ja: withStance(fact, ja), en: withStanceEn(fact, en) }
    : { ja: withStance(fact, ja) };
}

function eventSlots(fact: Extract<Fact, { kind: "event" }>): Slot[] {
  const compose = (parts: { date?: string; place?: string; object?: string }) => {
    const date = parts.date ? `${parts.date}に、` : "";
    const place = parts.place ? `${parts.place}で` : "";
    const object = parts.object ? `${parts.object}${fact.objectParticle}` : "";
    return withStance(fact, `${fact.subject}は、${date}${place}${object}${fact.action}。`);
  };
  const current = {
    date: fact.date ? formatDateJa(fact.date.value) : undefined,
    place: fact.place,
    object: fact.object,
  };
  const slots: Slot[] = [];
  if (fact.date) {
    slots.push({
      fact,
      name: "event.date",
      category: "date",
      about: fact.id,
      answer: { kind: "date", date: fact.date.value },
      sentence: (value) => compose({ ...current, date: value }),
      question: localized(
        fact,
        `${fact.subject}が${current.place ? `${current.place}で` : ""}${current.object ? `${current.object}${fact.objectParticle}` : ""}${fact.action.replace(/た$/, "たのは")}いつ?`,
        `When did this happen: ${fact.label.en ?? fact.label.ja}?`,
      ),
    });
  }
  if (fact.place) {
    slots.push({
      fact,
      name: "event.place",
      category: "place",
      about: fact.subject,
      answer: { kind: "text", text: fact.place },
      sentence: (value) => compose({ ...current, place: value }),
    });
  }
  if (fact.object) {
    slots.push({
      fact,
      name: "event.object",
      category: `event-object:${fact.objectType}:${fact.objectParticle}`,
      about: `${fact.subject}|${fact.action}`,
      answer: { kind: "text", text: fact.object },
      sentence: (value) => compose({ ...current, object: value }),
    });
  }
  return slots;
}

export function slotsForFact(fact: Fact): Slot[] {
  switch (fact.kind) {
    case "event":
      return eventSlots(fact);
    case "date":
      return [
        {
          fact,
          name: "date.date",
          category: "date",
          about: fact.subject,
          answer: { kind: "date", date: fact.date.value },
          sentence: (value) => withStance(fact, `${fact.subject}の${fact.attribute}は${value}である。`),
          question: localized(
            fact,
            `${fact.subject}の${fact.attribute}は?`,
            `${fact.label.en ?? fact.label.ja}?`,
          ),
        },
      ];
    case "place":
      return [
        {
          fact,
          name: "place.place",
          category: "place",
          about: fact.subject,
          answer: { kind: "text", text: fact.place },
          sentence: (value) => withStance(fact, `${fact.subject}は${value}にある。`),
          question: localized(fact, `${fact.subject}はどこにある?`, `Where is ${fact.subject}?`),
        },
      ];
    case "person-role": {
      const org = fact.organization ? `${fact.organization}の` : "";
      return [
        {
          fact,
          name: "person-role.role",
          category: "role",
          about: fact.person,
          answer: { kind: "text", text: fact.role },
          sentence: (value) => withStance(fact, `${fact.person}は${org}${value}である。`),
          question: localized(
            fact,
            `本文で${fact.person}はどの肩書きで呼ばれている?`,
            `What title does the text give ${fact.person}?`,
          ),
        },
        {
          fact,
          name: "person-role.person",
          category: "person",
          about: fact.role,
          answer: { kind: "text", text: fact.person },
          sentence: (value) => withStance(fact, `${value}は${org}${fact.role}である。`),
        },
      ];
    }
    case "quantity":
    case "duration": {
      const suffix = fact.kind === "duration" ? "ぶりだった" : "である";
      return [
        {
          fact,
          name: `${fact.kind}.value`,
          category: `${fact.kind}:${fact.unit}`,
          about: fact.subject,
          answer: {
            kind: "number",
            value: fact.value,
            unit: fact.unit,
            tolerance: fact.tolerance,
            asWritten: fact.asWritten,
          },
          sentence: (value) => withStance(fact, `${fact.subject}は${value}${suffix}。`),
        },
      ];
    }
    case "treaty-clause":
      return [
        {
          fact,
          name: "treaty-clause.provision",
          category: "treaty-provision",
          about: `${fact.treaty}|${fact.topic}`,
          answer: { kind: "text", text: fact.provision },
          sentence: (value) =>
            withStance(fact, `${fact.treaty}は、${fact.topic}について「${value}」を定めている。`),
          question: localized(
            fact,
            `${fact.treaty}で「${fact.topic}」について定められている内容は?`,
            `What does the treaty provide on "${fact.topic}"?`,
          ),
        },
      ];
    case "statement": {
      const say = (speaker: string, content: string) =>
        fact.isDirectQuote
          ? `${speaker}は${fact.topic}について「${content}」と述べた。`
          : `${speaker}は${fact.topic}について、${content}を示した。`;
      return [
        {
          fact,
          name: "statement.content",
          category: "statement-content",
          about: fact.speaker,
          answer: { kind: "text", text: fact.content },
          sentence: (value) => withStance(fact, say(fact.speaker, value)),
          question: localized(
            fact,
            `${fact.speaker}は「${fact.topic}」について何と表明した?`,
            `What did ${fact.speaker} say about "${fact.topic}"?`,
          ),
        },
        {
          fact,
          name: "statement.speaker",
          category: "speaker",
          about: fact.content,
          answer: { kind: "text", text: fact.speaker },
          sentence: (value) => withStance(fact, say(value, fact.content)),
        },
      ];
    }
    case "reaction": {
      const say = (actor: string, response: string) => `${fact.target}をめぐり、${actor}は${response}。`;
      return [
        {
          fact,
          name: "reaction.actor",
          category: "reaction-actor",
          about: fact.response,
          answer: { kind: "text", text: fact.actor },
          sentence: (value) => withStance(fact, say(value, fact.response)),
        },
        {
          fact,
          name: "reaction.response",
          category: "reaction-response",
          about: fact.actor,
          answer: { kind: "text", text: fact.response },
          sentence: (value) => withStance(fact, say(fact.actor, value)),
          question: localized(
            fact,
            `${fact.target}をめぐる${fact.actor}の反応は?`,
            `How did ${fact.actor} react to ${fact.target}?`,
          ),
        },
      ];
    }
    case "motive":
      return [
        {
          fact,
          name: "motive.motive",
          category: "motive",
          about: fact.actor,
          answer: { kind: "text", text: fact.motive },
          sentence: (value) =>
            withStance(fact, `${fact.actor}が${fact.action}背景(ねらい)は「${value}」である。`),
          question: localized(
            fact,
            `${fact.actor}が${fact.action}背景(ねらい)は?`,
            `Why, in this view, did ${fact.actor} act so (${fact.label.en ?? fact.label.ja})?`,
          ),
        },
      ];
  }
}

export function formatSlotValue(slot: Slot, value: SlotAnswer): string {
  if (value.kind === "number" && slot.answer.kind === "number") return numberText(value.value, slot.answer);
  return answerText(value);
}
