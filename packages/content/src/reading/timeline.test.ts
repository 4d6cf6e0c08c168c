import { describe, expect, it } from "vitest";
import { getArticle } from "../question-bank";
import type { Article } from "../schemas/article-schema";
import { articleTimeline, entitiesWithTimelines, entityTimeline } from "./timeline";

const article = getArticle("russia-north-korea-partnership")!;

describe("articleTimeline", () => {
  it("lists the dated facts oldest first in Japanese date format", () => {
    const entries = articleTimeline(article);
    expect(entries.length).toBe(article.facts.filter((fact) => "date" in fact && fact.date).length);
    expect(entries.map((entry) => entry.date)).toEqual([...entries.map((entry) => entry.date)].sort());
    expect(entries.find((entry) => entry.factId === "treaty-signed")?.dateJa).toBe("2024年6月");
  });
});

describe("entityTimeline", () => {
  // A second article that registers Putin under another id but the same name.
  const other: Article = {
    ...article,
    slug: "other-article",
    entities: [{ ...article.entities.find((entity) => entity.id === "putin")!, id: "vladimir-putin" }],
    facts: article.facts
      .filter((fact) => fact.id === "putin-visit")
      .map((fact) => ({
        ...fact,
        id: "putin-2019",
        about: ["vladimir-putin"],
        date: { value: "2019-04-25", isInferred: false },
      })),
  };

  it("joins an entity's dated facts across articles that share it, by id or by name", () => {
    const entries = entityTimeline([article, other], "putin");
    expect(entries[0]).toMatchObject({
      articleSlug: "other-article",
      factId: "putin-2019",
      dateJa: "2019年4月25日",
    });
    expect(entries.some((entry) => entry.articleSlug === article.slug)).toBe(true);
    expect(entries.every((entry, index) => index === 0 || entries[index - 1]!.date <= entry.date)).toBe(true);
  });

  it("counts the articles behind each entity's timeline", () => {
    const entities = entitiesWithTimelines([article, other]);
    expect(entities.find((entity) => entity.id === "putin")?.articleCount).toBe(2);
    expect(entities.some((entity) => entity.id === "vladimir-putin")).toBe(false);
  });
});
