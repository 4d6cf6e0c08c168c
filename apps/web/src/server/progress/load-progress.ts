import "server-only";
import type { FactKind, LocalizedText } from "@jiji/content";
import { getArticles, getQuestionBank } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { safeTimeZone } from "@/lib/time-zone";
import { type AnswerSummary, loadAnswerSummary } from "../quiz/answer-summary";
import { factKey, loadAnswerStats } from "./answer-stats";
import {
  classifyFact,
  countByGroup,
  emptyCounts,
  type MasteryCounts,
  type MasteryLevel,
  recentAccuracy,
} from "./mastery";
import type { Streak } from "./streak";
import { loadStudyActivity, type WeekAccuracy } from "./study-activity";

export const RECENT_ATTEMPTS = 10;
export const WEAKEST_FACTS = 5;

export type ProgressTotals = {
  answered: number;
  correct: number;
  /** correct / answered; null before the first answer */
  accuracy: number | null;
  /** Finished attempts. */
  attempts: number;
  /** Sum of the time spent on each answer (each clamped to 30 minutes when stored). */
  studyTimeMs: number;
};

export type SectionMastery = { id: string; heading: LocalizedText; counts: MasteryCounts };
export type ArticleMastery = {
  slug: string;
  title: LocalizedText;
  counts: MasteryCounts;
  sections: SectionMastery[];
};
export type WeakFact = {
  articleSlug: string;
  articleTitle: LocalizedText;
  factId: string;
  kind: FactKind;
  label: LocalizedText;
  statement: LocalizedText;
  level: MasteryLevel;
  /** Accuracy of the latest answers (0..1). */
  recentAccuracy: number;
  answered: number;
};
export type RecentAttempt = {
  id: string;
  articleSlug: string | null;
  source: string;
  mode: string;
  startedAt: Date;
  finishedAt: Date | null;
  correctCount: number | null;
  questionCount: number;
  score: number | null;
  /** The teacher shows the results after the due date, and it has not come: no score either. */
  isScoreHidden: boolean;
};

export type ProgressReport = {
  timeZone: string;
  hasHistory: boolean;
  totals: ProgressTotals;
  streak: Streak;
  weeks: WeekAccuracy[];
  articles: ArticleMastery[];
  kinds: { kind: FactKind; counts: MasteryCounts }[];
  weakest: WeakFact[];
  recentAttempts: RecentAttempt[];
};

/**
 * Everything the progress page shows. Each figure is an aggregate or a bounded read on an index
 * (Response(userId, createdAt), Attempt(userId, startedAt | finishedAt), ReviewCard(userId, …)); no query
 * returns more rows than the content has questions, facts or days in the chart.
 */
export async function loadProgress(db: Database, userId: string, now = new Date()): Promise<ProgressReport> {
  return loadProgressFromSummary(db, await loadAnswerSummary(db, userId, now));
}

/**
 * loadProgress from an answer summary already read (the page passes the request's, which the header's mistake
 * badge shares): for its user, at its `now`.
 */
export async function loadProgressFromSummary(db: Database, summary: AnswerSummary): Promise<ProgressReport> {
  const { userId, now } = summary;
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const timeZone = safeTimeZone(user.timeZone);
  const [answers, activity, cards, finishedAttempts, recentAttempts] = await Promise.all([
    loadAnswerStats(db, summary),
    loadStudyActivity(db, userId, timeZone, now),
    db.reviewCard.findMany({
      where: { userId },
      select: { articleSlug: true, factId: true, state: true, stability: true, lapses: true },
    }),
    db.attempt.count({ where: { userId, finishedAt: { not: null } } }),
    db.attempt.findMany({
      where: { userId },
      orderBy: { startedAt: "desc" },
      take: RECENT_ATTEMPTS,
      select: {
        id: true,
        articleSlug: true,
        source: true,
        mode: true,
        startedAt: true,
        finishedAt: true,
        correctCount: true,
        questionCount: true,
        score: true,
        revealAt: true,
      },
    }),
  ]);
  const cardsByFact = new Map(cards.map((card) => [factKey(card.articleSlug, card.factId), card]));

  // Only facts some served question asks about: a fact review left without questions can never be started.
  const facts = getArticles().flatMap((article) => {
    const asked = new Set(getQuestionBank(article.slug).flatMap((question) => question.factIds));
    return article.facts
      .filter((fact) => asked.has(fact.id))
      .map((fact) => {
        const key = factKey(article.slug, fact.id);
        const card = cardsByFact.get(key) ?? null;
        const answered = answers.byFact.get(key);
        const recent = answered?.recent ?? [];
        return { article, fact, card, answered, recent, level: classifyFact({ card, recent }) };
      });
  });
  const levelOf = (item: (typeof facts)[number]) => item.level;

  const articles: ArticleMastery[] = getArticles().map((article) => {
    const own = facts.filter((item) => item.article.slug === article.slug);
    const bySection = countByGroup(own, (item) => item.fact.section, levelOf);
    return {
      slug: article.slug,
      title: article.title,
      counts: countByGroup(own, () => "all", levelOf).get("all") ?? emptyCounts(),
      sections: article.sections
        .filter((section) => bySection.has(section.id))
        .map((section) => ({ id: section.id, heading: section.heading, counts: bySection.get(section.id)! })),
    };
  });
  const kinds = [...countByGroup(facts, (item) => item.fact.kind, levelOf)]
    .map(([kind, counts]) => ({ kind: kind as FactKind, counts }))
    .sort((a, b) => b.counts.total - a.counts.total || a.kind.localeCompare(b.kind));

  const weakest: WeakFact[] = facts
    .flatMap((item) => {
      const accuracy = recentAccuracy(item.recent);
      if (!item.answered || accuracy === null || accuracy >= 1 || item.level === "mastered") return [];
      return [{ item, accuracy }];
    })
    .sort(
      (a, b) =>
        a.accuracy - b.accuracy ||
        (b.item.card?.lapses ?? 0) - (a.item.card?.lapses ?? 0) ||
        b.item.answered!.answered - a.item.answered!.answered,
    )
    .slice(0, WEAKEST_FACTS)
    .map(({ item, accuracy }) => ({
      articleSlug: item.article.slug,
      articleTitle: item.article.title,
      factId: item.fact.id,
      kind: item.fact.kind,
      label: item.fact.label,
      statement: item.fact.statement,
      level: item.level,
      recentAccuracy: accuracy,
      answered: item.answered!.answered,
    }));

  const { totals } = answers;
  return {
    timeZone,
    hasHistory: totals.answered > 0 || recentAttempts.length > 0,
    totals: {
      answered: totals.answered,
      correct: totals.correct,
      accuracy: totals.answered > 0 ? totals.correct / totals.answered : null,
      attempts: finishedAttempts,
      studyTimeMs: totals.studyTimeMs,
    },
    streak: activity.streak,
    weeks: activity.weeks,
    articles,
    kinds,
    weakest,
    recentAttempts: recentAttempts.map(({ revealAt, ...attempt }) => ({
      ...attempt,
      isScoreHidden: revealAt !== null && revealAt > now,
    })),
  };
}
