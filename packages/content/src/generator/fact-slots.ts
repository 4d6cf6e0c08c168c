import { formatJapaneseNumber, parseJapaneseNumber, toKanjiNumber } from "../grading/normalize-answer";
import type { Fact } from "../schemas/article-schema";
import { formatDateJa } from "../schemas/fact-date";
import { BLANK } from "./blank";

export type SlotAnswer =
  | { kind: "text"; text: string }
  | { kind: "date"; date: string }
  | { kind: "number"; value: number; unit: string; tolerance: number; asWritten: string };

/**
 * One value a fact's statement says, which a question may blank or swap: the statement is the carrier sentence,
 * so every stem reads as the editor wrote it. A multi-valued field gives one slot per value.
 */
export type Slot = {
  fact: Fact;
  /** The fact field the value comes from ("object", "place", "date", "role", "value", …). */
  field: string;
  /** Wrong options come from values of other facts in the same category. */
  category: string;
  answer: SlotAnswer;
  /** Every value the fact gives this field: none of them is ever a wrong option. */
  ownValues: SlotAnswer[];
  /** Part of the question id: "" for a single value, the value itself for one of several. */
  variant: string;
  /** The statement with this value replaced. */
  sentence: (value: string) => string;
};

/** The digits or kanji numerals of a figure as written: "1万1000" in "約1万1000人", "三" in "第三次". */
const NUMBER_RUN = /[0-9][0-9,]*(?:\.\d+)?万?[0-9]*|[〇一二三四五六七八九十]+/;

/**
 * The figure as written with only its number blanked ("第(  )次", "(  )人規模"), when that number is the value
 * itself; null otherwise ("約4年5ヶ月" stores 53 months: blanking the 4 would ask for the wrong number).
 */
export function blankNumber(asWritten: string, value: number): string | null {
  const run = NUMBER_RUN.exec(asWritten);
  return run && parseJapaneseNumber(run[0]) === value ? asWritten.replace(run[0], BLANK) : null;
}

function formatNumberLike(value: number, template: { unit: string; asWritten: string }): string {
  if (/[ヶケかカ]月/.test(template.unit) && value >= 12) {
    const prefix = template.asWritten.startsWith("約") ? "約" : "";
    // Written the article's way (か月 or ヶ月): an option spelt differently from the key would give it away.
    const counter = /[ヶケかカ箇]月/.exec(template.asWritten)?.[0] ?? "ヶ月";
    const months = value % 12;
    return `${prefix}${Math.floor(value / 12)}年${months === 0 ? "" : `${months}${counter}`}`;
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

export function formatSlotValue(slot: Slot, value: SlotAnswer): string {
  if (value.kind === "number" && slot.answer.kind === "number")
    return formatNumberLike(value.value, slot.answer);
  return answerText(value);
}

/** The askable fields of each kind: what, where, when, how many — never who (a swapped actor is rarely false). */
function askableValues(fact: Fact): { field: string; category: string; answers: SlotAnswer[] }[] {
  const texts = (values: readonly string[]) => values.map((text): SlotAnswer => ({ kind: "text", text }));
  const dated = (date: { value: string; isInferred: boolean } | undefined) =>
    date && !date.isInferred
      ? [{ field: "date", category: "date", answers: [{ kind: "date", date: date.value } as const] }]
      : [];
  switch (fact.kind) {
    case "event":
      return [
        ...(fact.object
          ? [{ field: "object", category: `object:${fact.objectType}`, answers: texts(fact.object) }]
          : []),
        ...(fact.place ? [{ field: "place", category: "place", answers: texts([fact.place]) }] : []),
        ...dated(fact.date),
      ];
    case "date":
      return dated(fact.date);
    case "place":
      return [{ field: "place", category: "place", answers: texts([fact.place]) }];
    case "person-role":
      return [{ field: "role", category: "role", answers: texts(fact.role) }];
    case "quantity":
    case "duration":
      return [
        {
          field: "value",
          category: `${fact.kind}:${fact.unit}`,
          answers: [
            {
              kind: "number",
              value: fact.value,
              unit: fact.unit,
              tolerance: fact.tolerance,
              asWritten: fact.asWritten,
            },
          ],
        },
      ];
    case "treaty-clause":
      return [{ field: "provision", category: "treaty-provision", answers: texts(fact.provision) }];
    case "statement":
      return [
        {
          field: "content",
          category: fact.isDirectQuote ? "quote" : "statement-content",
          answers: texts(fact.content),
        },
      ];
    case "reaction":
      return [{ field: "response", category: "reaction-response", answers: texts(fact.response) }];
    case "motive":
      return [{ field: "motive", category: `motive:${fact.motiveKind}`, answers: texts(fact.motive) }];
    case "term":
      // A term is asked by its definition, among the article's other terms (generator/term-questions.ts).
      return [];
  }
}

/** Where the value stands in the statement, once and only once; -1 when it is absent or repeated. */
export function singleOccurrence(statement: string, text: string): number {
  const first = statement.indexOf(text);
  if (first === -1 || statement.indexOf(text, first + 1) !== -1) return -1;
  return first;
}

/**
 * Every value the fact's own statement spells out once, as a slot; values not in the statement are not asked. Of a
 * list (「A、B、Cなど」) only the first item is asked: blanking each in turn makes near-copies of one question.
 */
export function slotsForFact(fact: Fact): Slot[] {
  const statement = fact.statement.ja;
  return askableValues(fact)
    .filter(({ field }) => !fact.notAsked.includes(field))
    .flatMap(({ field, category, answers }) =>
      answers.slice(0, 1).flatMap((answer): Slot[] => {
        const text = answerText(answer);
        const at = singleOccurrence(statement, text);
        if (at === -1) return [];
        const before = statement.slice(0, at);
        const after = statement.slice(at + text.length);
        return [
          {
            fact,
            field,
            category,
            answer,
            ownValues: answers,
            variant: answers.length > 1 ? text : "",
            sentence: (value) => `${before}${value}${after}`,
          },
        ];
      }),
    );
}

/** The askable values a fact states, by field, whether or not its statement spells them out (for checks). */
export function statedValues(fact: Fact): { field: string; category: string; texts: string[] }[] {
  return askableValues(fact).map(({ field, category, answers }) => ({
    field,
    category,
    texts: answers.map(answerText),
  }));
}
