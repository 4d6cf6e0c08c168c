import { getArticle } from "@jiji/content/server";
import { getDatabase } from "@jiji/db";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { QuestionScreen } from "@/components/quiz/question-screen";
import { localized } from "@/lib/localized";
import { findOwnedAttempt, nextQuestionScreen } from "@/server/quiz/attempts";
import { closeAttemptIfDone } from "@/server/quiz/finish-attempt";
import { attemptIdSchema } from "@/server/quiz/quiz-schemas";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { robots: { index: false } };

/** Always the first unanswered question: a reload or a server restart resumes exactly where the student was. */
export default async function QuizPage({ params }: PageProps<"/quiz/[attemptId]">) {
  const { attemptId } = await params;
  const user = await requireUser(`/quiz/${attemptId}`);
  const id = attemptIdSchema.safeParse(attemptId);
  if (!id.success) notFound();
  const db = await getDatabase();
  const attempt = await findOwnedAttempt(db, id.data, user.id);
  if (!attempt) notFound();
  if (await closeAttemptIfDone(db, attempt.id)) redirect(`/quiz/${attempt.id}/results`);
  const view = await nextQuestionScreen(db, attempt);
  if (!view) redirect(`/quiz/${attempt.id}/results`);
  const article = attempt.articleSlug ? getArticle(attempt.articleSlug) : undefined;
  return (
    <section className="quiz-page">
      <h1 className="quiz-page__article">
        {article ? localized(article.title, await getLocale()) : (await getTranslations("home"))("mixedQuiz")}
      </h1>
      <QuestionScreen key={view.question.id} view={view} />
    </section>
  );
}
