import { QUESTION_TYPES } from "@jiji/content";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { inputLimits } from "@/components/form/input-limits";
import { QuizSetBuilder } from "@/components/teacher/quiz-set-builder";
import { localized } from "@/lib/localized";
import { topicTagLabel } from "@/lib/topic-tag-label";
import { requireTeacher } from "@/server/auth/guards";
import { FEEDBACK_POLICIES } from "@/server/quiz/feedback-policy";
import { createQuizSetAction } from "@/server/teacher/actions";
import { articleCatalog } from "@/server/teacher/question-pool";
import { createQuizSetSchema, SELECTIONS } from "@/server/teacher/teacher-schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teacher"))("builder.heading"), robots: { index: false } };
}

export default async function NewQuizSetPage() {
  await requireTeacher("/teacher/quiz-sets/new");
  const [t, locale] = await Promise.all([getTranslations("teacher"), getLocale()]);
  const articles = articleCatalog().map((article) => ({
    slug: article.slug,
    title: localized(article.title, locale),
    sections: article.sections.map((section) => ({
      id: section.id,
      heading: localized(section.heading, locale),
    })),
    tags: article.tags.map((tag) => ({ id: tag, label: topicTagLabel(tag, locale) })),
    kinds: article.kinds,
  }));
  return (
    <section className="teacher">
      <p>
        <Link href="/teacher">← {t("dashboard.title")}</Link>
      </p>
      <h1>{t("builder.heading")}</h1>
      <p className="muted">{t("builder.intro")}</p>
      <QuizSetBuilder
        action={createQuizSetAction}
        articles={articles}
        questionTypes={QUESTION_TYPES}
        selections={SELECTIONS}
        feedbackPolicies={FEEDBACK_POLICIES}
        limits={inputLimits(createQuizSetSchema)}
      />
    </section>
  );
}
