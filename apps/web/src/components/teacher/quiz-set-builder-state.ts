// The quiz-set builder's choices as one value, named as the form fields are: a change is the input that changed.

export type BuilderChoices = {
  title: string;
  articleSlugs: string[];
  sections: string[];
  tags: string[];
  kinds: string[];
  types: string[];
  questionCount: string;
  selection: string;
  feedbackPolicy: string;
  timeLimitMinutes: string;
  attemptsAllowed: string;
};

type ListField = "articleSlugs" | "sections" | "tags" | "kinds" | "types";
type TextField = Exclude<keyof BuilderChoices, ListField>;
const LIST_FIELDS: readonly string[] = [
  "articleSlugs",
  "sections",
  "tags",
  "kinds",
  "types",
] satisfies ListField[];

export type BuilderChange =
  | { kind: "toggle"; field: ListField; value: string }
  | { kind: "set"; field: TextField; value: string };

/** What a teacher sees first: the first article, every question type, ten questions, one attempt. */
export function initialChoices(
  firstSlug: string | undefined,
  questionTypes: readonly string[],
): BuilderChoices {
  return {
    title: "",
    articleSlugs: firstSlug ? [firstSlug] : [],
    sections: [],
    tags: [],
    kinds: [],
    types: [...questionTypes],
    questionCount: "10",
    selection: "fixed",
    feedbackPolicy: "end",
    timeLimitMinutes: "",
    attemptsAllowed: "1",
  };
}

/** A checkbox of a repeated field toggles its value; any other input sets its field. */
export function changeOf(input: { name: string; value: string; type: string }): BuilderChange {
  if (input.type === "checkbox" && LIST_FIELDS.includes(input.name))
    return { kind: "toggle", field: input.name as ListField, value: input.value };
  return { kind: "set", field: input.name as TextField, value: input.value };
}

export function builderReducer(choices: BuilderChoices, change: BuilderChange): BuilderChoices {
  if (change.kind === "set") return { ...choices, [change.field]: change.value };
  const list = choices[change.field];
  return {
    ...choices,
    [change.field]: list.includes(change.value)
      ? list.filter((item) => item !== change.value)
      : [...list, change.value],
  };
}
