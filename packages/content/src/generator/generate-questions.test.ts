import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articles } from "../articles";
import { normalizeAnswerText } from "../grading/normalize-answer";
import { type Article, type Fact, type FactInput, factSchema } from "../schemas/article-schema";
import { formatDateJa } from "../schemas/fact-date";
import type { Question } from "../schemas/question-types";
import { BLANK } from "./blank";
import { blankNumber } from "./fact-slots";
import { GENERATOR_VERSION, generateQuestions } from "./generate-questions";

const seeds = fc.string({ minLength: 0, maxLength: 12 });
const RUNS = { numRuns: 10 };

function answerTextOf(question: Question): string | null {
  if (question.type === "single-choice")
    return question.options.find((option) => option.isCorrect)?.text ?? null;
  if (question.type === "cloze") return question.acceptedAnswers[0] ?? null;
  if (question.type === "numeric") return question.answer.asWritten;
  return null;
}

/**
 * What a fact states, by field, read straight off the data (written here again on purpose, so the truth-check
 * property does not trust the generator's own reading of the facts).
 */
function statedTexts(fact: Fact): Map<string, string[]> {
  const stated = new Map<string, string[]>();
  const put = (field: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) stated.set(field, [...values]);
  };
  switch (fact.kind) {
    case "event":
      put("object", fact.object);
      put("place", fact.place ? [fact.place] : undefined);
      put("date", fact.date ? [formatDateJa(fact.date.value)] : undefined);
      break;
    case "date":
      put("date", [formatDateJa(fact.date.value)]);
      break;
    case "place":
      put("place", [fact.place]);
      break;
    case "person-role":
      put("role", fact.role);
      break;
    case "quantity":
    case "duration":
      put("value", [fact.asWritten]);
      break;
    case "treaty-clause":
      put("provision", fact.provision);
      break;
    case "statement":
      put("content", fact.content);
      break;
    case "reaction":
      put("response", fact.response);
      break;
    case "motive":
      put("motive", fact.motive);
      break;
    case "term":
      put("term", [fact.term]);
      put("definition", [fact.definition.ja]);
      break;
  }
  return stated;
}

/** The entities a fact is about, with those they speak for (a leader's country). */
function aboutWithParents(article: Article, fact: Fact): Set<string> {
  const parents = new Map(article.entities.map((entity) => [entity.id, entity.partOf]));
  const result = new Set<string>();
  const pending = [...fact.about];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (!result.has(id)) {
      result.add(id);
      pending.push(...(parents.get(id) ?? []));
    }
  }
  return result;
}

/** Every value the article asserts of any entity `fact` is about, in `field` (both normalised for comparison). */
function assertedOfSameSubject(article: Article, fact: Fact, field: string): string[] {
  const about = aboutWithParents(article, fact);
  return article.facts
    .filter((other) => [...aboutWithParents(article, other)].some((id) => about.has(id)))
    .flatMap((other) => statedTexts(other).get(field) ?? [])
    .map(normalizeAnswerText);
}

/** The template names the field a question asks about: "choice:object", "tf:place", … */
function fieldOf(question: Question): string {
  return question.template.split(":")[1] ?? "";
}

function overlaps(a: string, b: string): boolean {
  return a === b || a.includes(b) || b.includes(a);
}

/** Student-facing text must read as news: no editors' remarks, no provenance. */
const EDITORIAL =
  /※|要約から記述|記載なし|明記なし|見出しは|転載元|食い違い|保持する|本文は|本文に|本文では|筆者の見方\)/;
const METADATA = /URL|公開日|出典|見出し/;

function studentTexts(question: Question): string[] {
  const texts = [
    question.stem.ja,
    question.explanation.ja,
    ...question.citations.flatMap((c) => c.title ?? []),
  ];
  if (question.type === "single-choice") texts.push(...question.options.map((option) => option.text));
  if (question.type === "ordering") texts.push(...question.items.map((item) => item.text));
  if (question.type === "matching")
    texts.push(...question.left.map((i) => i.text), ...question.right.map((i) => i.text));
  return texts;
}

describe.each(articles.map((article) => [article.slug, article] as const))(
  "question bank of %s",
  (_, article) => {
    const bank = generateQuestions(article, { seed: "x" });
    const factsById = new Map(article.facts.map((fact) => [fact.id, fact]));

    it("never keys a true statement false, and never offers a value true of the same subject as a wrong option", () => {
      let checked = 0;
      for (const question of bank) {
        const fact = factsById.get(question.factIds[0] ?? "") as Fact;
        const wrongValues =
          question.type === "true-false" && !question.answer
            ? [question.swappedValue ?? ""]
            : question.type === "single-choice"
              ? question.options.filter((option) => !option.isCorrect).map((option) => option.text)
              : [];
        if (wrongValues.length === 0) continue;
        const asserted = assertedOfSameSubject(article, fact, fieldOf(question));
        for (const wrong of wrongValues) {
          const normalized = normalizeAnswerText(wrong);
          expect(
            asserted.filter((value) => overlaps(value, normalized)),
            `${question.id} ${question.stem.ja}`,
          ).toEqual([]);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(10);
    });

    it("pairs every matching item with the only right-hand text its fact states", () => {
      for (const question of bank) {
        if (question.type !== "matching") continue;
        for (const left of question.left) {
          const fact = factsById.get(left.factId) as Fact;
          const own = [...statedTexts(fact).values()].flat().map(normalizeAnswerText);
          const others = question.right.filter((right) => right.id !== question.correctPairs[left.id]);
          for (const right of others) {
            expect(
              own.includes(normalizeAnswerText(right.text)),
              `${question.id}: ${left.text} / ${right.text}`,
            ).toBe(false);
          }
        }
      }
    });

    it("shows students no editors' notes and asks nothing about the sources themselves", () => {
      for (const question of bank) {
        for (const text of studentTexts(question)) {
          expect(text, question.id).not.toMatch(EDITORIAL);
        }
        expect(question.stem.ja, question.id).not.toMatch(METADATA);
      }
    });

    it("gives every single-choice question exactly one correct option among 4 distinct ones", () => {
      fc.assert(
        fc.property(seeds, (seed) => {
          for (const question of generateQuestions(article, { seed })) {
            if (question.type !== "single-choice") continue;
            expect(question.options).toHaveLength(4);
            expect(question.options.filter((option) => option.isCorrect)).toHaveLength(1);
            expect(new Set(question.options.map((option) => normalizeAnswerText(option.text))).size).toBe(4);
            expect(new Set(question.options.map((option) => option.id)).size).toBe(4);
            for (const option of question.options) {
              if (!option.isCorrect) expect(option.distractorOrigin).toBeDefined();
              if (option.distractorOrigin === "fact") expect(option.distractorFactId).toBeDefined();
            }
          }
        }),
        RUNS,
      );
    });

    it("never puts the answer text in the stem", () => {
      for (const question of bank) {
        const answer = answerTextOf(question);
        if (answer === null) continue;
        expect(normalizeAnswerText(question.stem.ja)).not.toContain(normalizeAnswerText(answer));
      }
    });

    it("builds the same bank from the same seed, with ids independent of the seed", () => {
      fc.assert(
        fc.property(seeds, (seed) => {
          expect(generateQuestions(article, { seed })).toEqual(generateQuestions(article, { seed }));
        }),
        { numRuns: 3 },
      );
      const ids = (seed: string) => generateQuestions(article, { seed }).map((question) => question.id);
      expect(ids("a")).toEqual(ids("b"));
    });

    it("gives every question a unique id, a citation, fact ids, a version and a difficulty from 1 to 5", () => {
      expect(new Set(bank.map((question) => question.id)).size).toBe(bank.length);
      for (const question of bank) {
        expect(question.id).toMatch(/^q-[0-9a-f]{10}$/);
        expect(question.citations.length).toBeGreaterThan(0);
        expect(question.factIds.length).toBeGreaterThan(0);
        expect(question.generatorVersion).toBe(GENERATOR_VERSION);
        expect(question.difficulty).toBeGreaterThanOrEqual(1);
        expect(question.difficulty).toBeLessThanOrEqual(5);
      }
    });

    it("states every fact as one true statement, its own sentence (a term, a definition, is not news: none)", () => {
      for (const fact of article.facts.filter((item) => item.kind !== "term")) {
        const truths = bank.filter((q) => q.type === "true-false" && q.answer && q.factIds[0] === fact.id);
        expect(
          truths.map((q) => q.stem.ja.endsWith(fact.statement.ja)),
          fact.id,
        ).toEqual([true]);
      }
    });

    it("orders ordering items by date and matches left to right one to one", () => {
      for (const question of bank) {
        if (question.type === "ordering") {
          expect(question.items.length).toBeGreaterThanOrEqual(3);
          expect(new Set(question.items.map((item) => item.id)).size).toBe(question.items.length);
        }
        if (question.type === "matching") {
          const rights = Object.values(question.correctPairs);
          expect(new Set(rights).size).toBe(question.left.length);
          expect(rights.every((id) => question.right.some((item) => item.id === id))).toBe(true);
        }
      }
    });
  },
);

/** A small article written for these tests, so each rule is shown on data chosen to break it. */
function testArticle(facts: FactInput[]): Article {
  const body = facts.map((fact) => ({ text: fact.sentence, isComment: false }));
  return {
    slug: "test-article",
    title: { ja: "テスト記事" },
    language: "ja",
    summary: { ja: "テスト" },
    sources: [
      {
        id: "paper",
        publisher: "テスト新聞",
        title: null,
        url: "https://example.com/a",
        publishedDateAsWritten: "2024/06/20",
        publishedDate: "2024-06-20",
        conflicts: [],
        editorNotes: [],
      },
    ],
    entities: [
      {
        id: "leader",
        type: "person",
        name: "山田首相",
        aliases: ["山田", "山田氏"],
        titles: ["首相"],
        partOf: ["land"],
        editorNotes: [],
      },
      { id: "land", type: "country", name: "甲国", aliases: [], titles: [], partOf: [], editorNotes: [] },
      { id: "other", type: "country", name: "乙国", aliases: [], titles: [], partOf: [], editorNotes: [] },
      { id: "third", type: "country", name: "丙国", aliases: [], titles: [], partOf: [], editorNotes: [] },
      { id: "fourth", type: "country", name: "丁国", aliases: [], titles: [], partOf: [], editorNotes: [] },
      { id: "fifth", type: "country", name: "戊国", aliases: [], titles: [], partOf: [], editorNotes: [] },
    ],
    sections: [
      { id: "main", heading: { ja: "本題" }, sourceIds: ["paper"], body, conflicts: [], editorNotes: [] },
    ],
    excludedLines: [],
    readingOverrides: [],
    facts: facts.map((fact) => factSchema.parse(fact)),
  };
}

const base = { sourceIds: ["paper"], section: "main", tags: [] };

describe("generator rules on a written article", () => {
  const pillars: FactInput = {
    ...base,
    id: "pillars",
    kind: "treaty-clause",
    label: { ja: "協定の柱" },
    statement: { ja: "甲国と乙国は、協定で貿易、観光、教育などを強化する。" },
    sentence: "協定で貿易、観光、教育などを強化する。",
    about: ["land", "other"],
    treaty: "協定",
    topic: "柱",
    provision: ["貿易", "観光", "教育"],
    distractors: { provision: ["宇宙", "農業", "林業", "観光"] },
  };
  const talks = (id: string, about: string[], object: string): FactInput => ({
    ...base,
    id,
    kind: "event",
    label: { ja: `${object}の議論` },
    statement: { ja: `会談では、${object}が議論された。` },
    sentence: `会談では、${object}が議論された。`,
    about,
    subject: "会談",
    action: "議論された",
    object,
    objectType: "undertaking",
  });

  it("never offers one of a multi-valued fact's own values as a wrong option, and asks a list once, as a choice", () => {
    const article = testArticle([
      pillars,
      talks("t1", ["third"], "漁業"),
      talks("t2", ["fourth"], "鉄道"),
      talks("t3", ["fifth"], "宇宙"),
    ]);
    const bank = generateQuestions(article, { seed: "s" });
    const aboutPillars = bank.filter((q) => q.factIds.includes("pillars"));
    for (const question of aboutPillars) {
      if (question.type === "single-choice") {
        const wrong = question.options.filter((o) => !o.isCorrect).map((o) => o.text);
        expect(
          wrong.some((text) => ["貿易", "観光", "教育"].includes(text)),
          question.stem.ja,
        ).toBe(false);
      }
      if (question.type === "true-false" && !question.answer) {
        expect(["貿易", "観光", "教育"]).not.toContain(question.swappedValue);
      }
    }
    // A blank in 「A、(  )などを強化する」 fits any other item the article lists: no fill-in, one choice.
    expect(aboutPillars.filter((q) => q.type === "cloze")).toEqual([]);
    expect(aboutPillars.filter((q) => q.type === "single-choice")).toHaveLength(1);
  });

  it("never swaps in a value another fact states of the same entity, or of the country a leader speaks for", () => {
    const article = testArticle([
      talks("by-leader", ["leader"], "漁業"),
      talks("by-country", ["land"], "鉄道"),
      talks("elsewhere", ["other"], "宇宙"),
    ]);
    const bank = generateQuestions(article, { seed: "s" });
    const swapsInto = (factId: string) =>
      bank.flatMap((q) =>
        q.type === "true-false" && !q.answer && q.factIds[0] === factId ? [q.swappedValue] : [],
      );
    expect(swapsInto("by-leader")).toEqual(["宇宙"]);
    expect(swapsInto("by-country")).toEqual(["宇宙"]);
  });

  it("prefers the editor's wrong values, and checks them against every fact", () => {
    const article = testArticle([
      { ...talks("edited", ["land"], "漁業"), distractors: { object: ["鉄道", "宇宙", "農業", "林業"] } },
      talks("true-too", ["land"], "鉄道"),
    ]);
    const choice = generateQuestions(article, { seed: "s" }).find(
      (q) => q.type === "single-choice" && q.factIds[0] === "edited",
    );
    expect(choice?.type === "single-choice" && choice.options.map((o) => o.text).sort()).toEqual(
      ["宇宙", "農業", "林業", "漁業"].sort(),
    );
  });

  it("accepts every name of an entity in a fill-in, and only the listed variants besides", () => {
    const article = testArticle([
      {
        ...base,
        id: "visit",
        kind: "event",
        label: { ja: "訪問" },
        statement: { ja: "乙国は、山田首相を招いた。" },
        sentence: "乙国は山田首相を招いた。",
        about: ["other"],
        subject: "乙国",
        action: "招いた",
        object: "山田首相",
        objectType: "person",
      },
    ]);
    const cloze = generateQuestions(article, { seed: "s" }).find((q) => q.type === "cloze");
    expect(cloze?.type === "cloze" && cloze.acceptedAnswers).toEqual(["山田首相", "山田", "山田氏"]);
  });

  it("asks nothing about a field the editor marked not asked", () => {
    const article = testArticle([{ ...talks("quiet", ["land"], "漁業"), notAsked: ["object"] }]);
    const bank = generateQuestions(article, { seed: "s" });
    expect(bank.map((q) => q.template)).toEqual(["tf:statement"]);
  });

  it("gives a corrected fact's questions new ids and leaves other facts' ids alone", () => {
    const facts = [talks("a", ["land"], "漁業"), talks("b", ["other"], "鉄道")];
    const before = generateQuestions(testArticle(facts), { seed: "s" });
    const after = generateQuestions(
      testArticle([{ ...facts[0], revision: 1 } as FactInput, facts[1] as FactInput]),
      {
        seed: "s",
      },
    );
    const idsOf = (bank: Question[], factId: string) =>
      bank.filter((q) => q.factIds[0] === factId).map((q) => q.id);
    expect(idsOf(after, "a").some((id) => idsOf(before, "a").includes(id))).toBe(false);
    expect(idsOf(after, "b")).toEqual(idsOf(before, "b"));
  });

  it("keeps existing ids when an unrelated fact is added", () => {
    const seedArticle = articles[0] as Article;
    const before = generateQuestions(seedArticle, { seed: "x" });
    const unrelated = testArticle([talks("unrelated", ["fifth"], "宇宙")]).facts[0] as Fact;
    const after = generateQuestions(
      { ...seedArticle, facts: [unrelated, ...seedArticle.facts] },
      { seed: "x" },
    );
    const afterIds = new Set(after.map((question) => question.id));
    expect(before.filter((question) => !afterIds.has(question.id)).map((q) => q.template)).toEqual([]);
  });

  it("filters by type, kind, section and tag", () => {
    const seedArticle = articles.find((a) => a.slug === "russia-north-korea-partnership") as Article;
    const onlyNumeric = generateQuestions(seedArticle, { seed: "x", types: ["numeric"] });
    expect(onlyNumeric.length).toBeGreaterThan(0);
    expect(onlyNumeric.every((question) => question.type === "numeric")).toBe(true);
    const factsById = new Map(seedArticle.facts.map((fact) => [fact.id, fact]));
    const treaty = generateQuestions(seedArticle, { seed: "x", kinds: ["treaty-clause"] });
    expect(treaty.every((q) => q.factIds.every((id) => factsById.get(id)?.kind === "treaty-clause"))).toBe(
      true,
    );
    const section = generateQuestions(seedArticle, { seed: "x", sections: ["new-year"] });
    expect(section.every((q) => q.factIds.every((id) => factsById.get(id)?.section === "new-year"))).toBe(
      true,
    );
    expect(generateQuestions(seedArticle, { seed: "x", tags: ["shoigu"] }).length).toBeGreaterThan(0);
  });

  it("blanks the number inside a figure as written, so its unit reads in place", () => {
    expect(blankNumber("約4年5ヶ月", 53)).toBeNull();
    expect(blankNumber("1万1000人規模", 11_000)).toBe("(  )人規模");
    expect(blankNumber("第三次", 3)).toBe("第(  )次");
    const seedArticle = articles.find((a) => a.slug === "russia-north-korea-partnership") as Article;
    const numeric = generateQuestions(seedArticle, { seed: "x", types: ["numeric"] });
    const stem = numeric.find((q) => q.factIds.includes("third-deployment-possible"))?.stem.ja;
    expect(stem).toContain("北朝鮮軍の第(  )次派兵");
  });

  it("names what a choice's blank holds: a day is a 日付, a month a 時期, a length of time a 期間", () => {
    const stemOf = (slug: string, factId: string, template: string) =>
      generateQuestions(articles.find((a) => a.slug === slug) as Article, { seed: "x" }).find(
        (q) => q.template === template && q.factIds.includes(factId),
      )?.stem.ja;
    const asking = (what: string) => `次の文の${BLANK}に入る${what}として正しいものを選びなさい。`;
    expect(stemOf("tokyo-skytree-opening", "skytree-opened", "choice:date")).toContain(asking("日付"));
    expect(stemOf("russia-north-korea-partnership", "treaty-signed", "choice:date")).toContain(
      asking("時期"),
    );
    expect(stemOf("tokyo-skytree-opening", "skytree-construction-period", "choice:value")).toContain(
      asking("期間"),
    );
    expect(stemOf("russia-north-korea-partnership", "troops-deployed", "choice:value")).toContain(
      asking("数"),
    );
  });

  it("says so in the explanation when the quoted sentence calls something by another name, not a shortened one", () => {
    const article = articles.find((a) => a.slug === "russia-north-korea-partnership") as Article;
    const explanations = (factId: string) =>
      generateQuestions(article, { seed: "x" })
        .filter((q) => q.factIds.length === 1 && q.factIds[0] === factId)
        .map((q) => q.explanation.ja);
    const treaty = explanations("treaty-signed");
    expect(treaty.length).toBeGreaterThan(0);
    for (const text of treaty) {
      expect(text).toContain("「2024年6月には相互支援条約を締結し");
      expect(text).toMatch(/\)記事の「相互支援条約」は、包括的戦略パートナーシップ条約のこと。$/);
    }
    // 「ショイグ国家安全保障会議書記」 in the sentence is the long form of the statement's 「ショイグ書記」.
    const shoigu = explanations("shoigu-dispatched");
    expect(shoigu.length).toBeGreaterThan(0);
    for (const text of shoigu) {
      expect(text).toContain("ショイグ国家安全保障会議書記");
      expect(text).not.toContain("のこと。");
    }
  });
});

describe("term questions", () => {
  const sentence = "甲国は乙国への制裁と派兵、休戦と示唆、海外公館と公館、親書と外貨を話し合った。";
  const term = (id: string, word: string, definition: string, termType: "act" | "thing"): FactInput => ({
    ...base,
    id,
    kind: "term",
    label: { ja: word },
    statement: { ja: `「${word}」とは、${definition.replace(/。$/, "")}である。` },
    sentence,
    term: word,
    definition: { ja: definition },
    termType,
  });
  const acts = [
    term("sanctions", "制裁", "決まりを破った国に罰を与えること。", "act"),
    term("dispatch", "派兵", "軍隊を外国へ送ること。", "act"),
    term("truce", "休戦", "戦いをしばらくやめること。", "act"),
    term("suggest", "示唆", "それとなく示すこと。", "act"),
  ];
  const things = [
    term("missions", "海外公館", "外国に置く大使館や領事館。", "thing"),
    term("offices", "公館", "国が公の仕事をする建物。", "thing"),
    term("letter", "親書", "国の代表が送る手紙。", "thing"),
  ];
  const article = testArticle([...acts, ...things]);
  const bank = generateQuestions(article, { seed: "terms" });
  const termTypeOf = new Map(
    article.facts.flatMap((fact) => (fact.kind === "term" ? [[fact.id, fact.termType]] : [])),
  );

  it("asks which term a definition describes: the key is the term, three other terms of the same type as options", () => {
    for (const fact of article.facts.filter((item) => item.kind === "term" && item.termType === "act")) {
      if (fact.kind !== "term") continue;
      const question = bank.find((q) => q.template === "choice:term" && q.factIds[0] === fact.id);
      if (question?.type !== "single-choice") throw new Error(`no choice:term question for ${fact.id}`);
      expect(question.stem.ja).toBe(
        `次の説明にあてはまる語句を選びなさい。「${fact.definition.ja.replace(/。$/, "")}」`,
      );
      expect(question.options.filter((option) => option.isCorrect).map((option) => option.text)).toEqual([
        fact.term,
      ]);
      const wrong = question.options.filter((option) => !option.isCorrect);
      expect(wrong).toHaveLength(3);
      expect(new Set(question.options.map((option) => option.text)).size).toBe(4);
      for (const option of wrong) {
        expect(option.distractorFactId).not.toBe(fact.id);
        expect(termTypeOf.get(option.distractorFactId ?? "")).toBe("act");
      }
      expect(question.explanation.ja).toContain(`正解は「${fact.term}」`);
      expect(question.explanation.ja).toContain(`記事では「${sentence.replace(/。$/, "")}」と使われている。`);
    }
  });

  it("asks what a term means: the key is its definition, the others are definitions of terms of the same type", () => {
    const question = bank.find((q) => q.template === "choice:definition" && q.factIds[0] === "truce");
    if (question?.type !== "single-choice") throw new Error("no choice:definition question for truce");
    expect(question.stem.ja).toBe("「休戦」の意味として正しいものを選びなさい。");
    expect(question.options.find((option) => option.isCorrect)?.text).toBe("戦いをしばらくやめること。");
    const actDefinitions = acts.map((fact) => (fact.kind === "term" ? fact.definition.ja : ""));
    expect(question.options.map((option) => option.text).sort()).toEqual([...actDefinitions].sort());
  });

  it("makes no question where a type has too few terms once a word inside another is left out (公館, 海外公館)", () => {
    const thingQuestions = bank.filter((q) => ["missions", "offices", "letter"].includes(q.factIds[0] ?? ""));
    expect(thingQuestions).toEqual([]);
    const withMore = testArticle([
      ...things,
      term("currency", "外貨", "外国のお金。", "thing"),
      term("country", "第三国", "当事者以外の国。", "thing"),
    ]);
    const missions = generateQuestions(withMore, { seed: "terms" }).find(
      (q) => q.template === "choice:term" && q.factIds[0] === "missions",
    );
    if (missions?.type !== "single-choice") throw new Error("no choice:term question for missions");
    expect(missions.options.map((option) => option.text)).not.toContain("公館");
  });

  it("states no term as a true-false item, honours notAsked, and takes ids from the fact alone", () => {
    expect(bank.some((q) => q.type === "true-false")).toBe(false);
    const [first, ...rest] = acts;
    const onlyTerm = testArticle([{ ...first!, notAsked: ["definition"] }, ...rest]);
    const asked = generateQuestions(onlyTerm, { seed: "other" }).filter((q) => q.factIds[0] === "sanctions");
    expect(asked.map((q) => q.template)).toEqual(["choice:term"]);
    expect(asked[0]?.id).toBe(
      bank.find((q) => q.template === "choice:term" && q.factIds[0] === "sanctions")?.id,
    );
  });

  it("leaves every other question of an article as it was when its glossary becomes term facts", () => {
    for (const shipped of articles) {
      const withTerms = generateQuestions(shipped, { seed: "s" }).filter(
        (q) => !q.factIds.some((id) => id.startsWith("term-")),
      );
      const without = generateQuestions(
        { ...shipped, facts: shipped.facts.filter((fact) => fact.kind !== "term") },
        { seed: "s" },
      );
      expect(withTerms).toEqual(without);
    }
  });
});
