import { getDatabase } from "@jiji/db";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { QuestionScreen } from "@/components/quiz/question-screen";
import { ClientMessages } from "@/i18n/client-messages";
import { toLocale } from "@/i18n/locales";
import { requireUser } from "@/server/auth/guards";
import { currentUser } from "@/server/auth/session";
import { findOwnedAttempt, nextQuestionScreen, quizTitle } from "@/server/quiz/attempts";
import { closeAttemptIfDone } from "@/server/quiz/finish-attempt";
import { attemptIdSchema } from "@/server/quiz/quiz-schemas";

/** The attempt's title for both the tab and the heading: one read per request. */
const titleOf = cache(async (attemptId: string, userId: string): Promise<string> => {
  const db = await getDatabase();
  const attempt = await findOwnedAttempt(db, attemptId, userId);
  const title = attempt ? await quizTitle(db, attempt, toLocale(await getLocale())) : null;
  return title ?? (await getTranslations("home"))("mixedQuiz");
});

export async function generateMetadata({ params }: PageProps<"/quiz/[attemptId]">): Promise<Metadata> {
  const id = attemptIdSchema.safeParse((await params).attemptId);
  const user = await currentUser();
  if (!id.success || !user) return { robots: { index: false } };
  return { title: await titleOf(id.data, user.id), robots: { index: false } };
}

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
  return (
    <section className="quiz-page">
      <h1 className="quiz-page__article">{await titleOf(attempt.id, user.id)}</h1>
      <ClientMessages namespaces={["quiz", "reading.evidence"]}>
        <QuestionScreen key={view.question.id} view={view} />
      </ClientMessages>
    </section>
  );
}
