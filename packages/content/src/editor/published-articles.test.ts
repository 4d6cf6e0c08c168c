import { afterEach, describe, expect, it } from "vitest";
import skytree from "../../articles/tokyo-skytree-opening/article.json" with { type: "json" };
import { loadArticle } from "../articles";
import { findQuestion, getArticle, getArticles, getQuestionBank, isServable } from "../question-bank";
import type { Article } from "../schemas/article-schema";
import { type EditorReview, questionFingerprint, reviewEditorBank } from "./editor-review";
import { retiredAfterPublishing, reviseCorrectedFacts } from "./publication";
import { type PublishedEditorArticle, setPublishedEditorArticles } from "./published-articles";

const SLUG = "editor-skytree";
// Question ids derive from fact ids, so the copy's facts are renamed (editor fact ids are unique hashes).
const article: Article = loadArticle({
  slug: SLUG,
  data: { ...skytree, slug: SLUG, facts: skytree.facts.map((fact) => ({ ...fact, id: `ed-${fact.id}` })) },
});

function approveAll(target: Article, reword?: { stem: string }): EditorReview {
  const questions: EditorReview["questions"] = {};
  for (const { question } of reviewEditorBank(target, { questions: {} })) {
    questions[question.id] = { status: "approved", fingerprint: questionFingerprint(question), ...reword };
  }
  return { questions };
}

let stamp = 0;
function publish(entry: PublishedEditorArticle) {
  setPublishedEditorArticles(`test-${++stamp}`, [entry]);
}

afterEach(() => setPublishedEditorArticles("", []));

describe("editor articles in the bank", () => {
  it("serves a published article's approved questions beside the shipped articles", () => {
    expect(getArticles().some((a) => a.slug === SLUG)).toBe(false);
    const review = approveAll(article);
    const [firstId] = Object.keys(review.questions);
    delete review.questions[firstId!];
    publish({ article, review, retired: [], listed: true });
    expect(getArticles().map((a) => a.slug)).toContain(SLUG);
    expect(getArticles().map((a) => a.slug)).toContain("tokyo-skytree-opening");
    const bank = getQuestionBank(SLUG);
    expect(bank.length).toBe(Object.keys(review.questions).length);
    expect(isServable(firstId!)).toBe(false);
    expect(isServable(bank[0]!.id)).toBe(true);
  });

  it("serves a reworded stem under the same question id", () => {
    publish({
      article,
      review: approveAll(article, { stem: "言い換えた問題文" }),
      retired: [],
      listed: true,
    });
    expect(getQuestionBank(SLUG).every((q) => q.stem.ja === "言い換えた問題文")).toBe(true);
  });

  it("does not serve a question whose text changed since it was approved", () => {
    const review = approveAll(article);
    const changed: Article = {
      ...article,
      facts: article.facts.map((f) =>
        f.id === "ed-skytree-height" ? { ...f, label: { ja: "塔の高さ" } } : f,
      ),
    };
    publish({ article: changed, review, retired: [], listed: true });
    const served = getQuestionBank(SLUG).length;
    expect(served).toBeLessThan(Object.keys(review.questions).length);
  });

  it("unpublished: no new quizzes, history still readable", () => {
    const review = approveAll(article);
    const someId = Object.keys(review.questions)[0]!;
    publish({ article, review, retired: [], listed: false });
    expect(getArticles().map((a) => a.slug)).not.toContain(SLUG);
    expect(getQuestionBank(SLUG)).toEqual([]);
    expect(isServable(someId)).toBe(false);
    expect(getArticle(SLUG)?.slug).toBe(SLUG);
    expect(findQuestion(someId)?.articleSlug).toBe(SLUG);
  });

  it("a corrected fact retires its questions and its corrected questions get new ids", () => {
    const corrected: Article = {
      ...article,
      facts: article.facts.map((f) =>
        f.id === "ed-skytree-height" && f.kind === "quantity"
          ? {
              ...f,
              value: 635,
              asWritten: "635m",
              statement: { ja: "東京スカイツリーの高さは、635mである。" },
            }
          : f,
      ),
    };
    const revised = reviseCorrectedFacts(corrected, article);
    expect(revised.facts.find((f) => f.id === "ed-skytree-height")?.revision).toBe(1);
    expect(revised.facts.find((f) => f.id === "ed-skytree-tembo-deck")?.revision).toBe(0);

    const retired = retiredAfterPublishing(article, revised, []);
    const oldHeightIds = reviewEditorBank(article, { questions: {} })
      .map((r) => r.question)
      .filter((q) => q.factIds.includes("ed-skytree-height"))
      .map((q) => q.id);
    expect(oldHeightIds.length).toBeGreaterThan(0);
    expect(retired.map((q) => q.id).sort()).toEqual([...oldHeightIds].sort());

    publish({ article: revised, review: approveAll(revised), retired, listed: true });
    for (const id of oldHeightIds) {
      expect(isServable(id)).toBe(false);
      expect(findQuestion(id)?.stem.ja).toBeTruthy();
    }
    const newHeight = getQuestionBank(SLUG).filter((q) => q.factIds.includes("ed-skytree-height"));
    expect(newHeight.length).toBeGreaterThan(0);
    expect(newHeight.some((q) => oldHeightIds.includes(q.id))).toBe(false);
  });
});
