import { getArticle, toPublicQuestion } from "@jiji/content/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/form/action-form";
import { Field, HiddenField } from "@/components/form/fields";
import { inputLimits } from "@/components/form/input-limits";
import { WorksheetLinks } from "@/components/reading/worksheet-links";
import { AssignForm } from "@/components/teacher/assign-form";
import { QuestionPreview } from "@/components/teacher/question-preview";
import { localized } from "@/lib/localized";
import { topicTagLabel } from "@/lib/topic-tag-label";
import { requireTeacher } from "@/server/auth/guards";
import { holdsBackFeedback } from "@/server/quiz/question-serving";
import { deleteQuizSetAction, renameQuizSetAction } from "@/server/teacher/actions";
import { listAssignmentsForQuizSet } from "@/server/teacher/assignments";
import { listClassrooms } from "@/server/teacher/classrooms";
import { findOwnedQuizSet, questionsForSet, reservedQuestionCount } from "@/server/teacher/quiz-sets";
import { sectionRefLabel } from "@/server/teacher/section-ref-label";
import { cuidSchema, renameQuizSetSchema } from "@/server/teacher/teacher-schemas";
import { viewerDateFormat } from "@/server/viewer-dates";

export const metadata: Metadata = { robots: { index: false } };

export default async function QuizSetPage({ params }: PageProps<"/teacher/quiz-sets/[quizSetId]">) {
  const { quizSetId } = await params;
  const { user, db } = await requireTeacher(`/teacher/quiz-sets/${quizSetId}`);
  const id = cuidSchema.safeParse(quizSetId);
  if (!id.success) notFound();
  const set = await findOwnedQuizSet(db, user.id, id.data);
  if (!set) notFound();
  const [t, tTypes, tKinds, dateTime, locale, classrooms, assignments] = await Promise.all([
    getTranslations("teacher"),
    getTranslations("questionTypes"),
    getTranslations("teacher.kinds"),
    viewerDateFormat(),
    getLocale(),
    listClassrooms(db, user.id),
    listAssignmentsForQuizSet(db, user.id, set.id),
  ]);
  // Per-student sets preview one sample draw (the set's own seed); students each get their own.
  const preview = questionsForSet(set, set.seed).map((question) => toPublicQuestion(question, set.seed));
  const activeClasses = classrooms.filter((classroom) => !classroom.isArchived);
  const now = new Date();
  const none = t("quizSet.all");
  return (
    <section className="teacher">
      <p>
        <Link href="/teacher">← {t("dashboard.title")}</Link>
      </p>
      <h1>{set.title}</h1>
      <WorksheetLinks quizSetId={set.id} articleSlugs={set.filters.articleSlugs} locale={locale} />
      <dl className="details card">
        <dt>{t("builder.articles")}</dt>
        <dd>
          {set.filters.articleSlugs
            .map((slug) => {
              const article = getArticle(slug);
              return article ? localized(article.title, locale) : slug;
            })
            .join(" / ")}
        </dd>
        <dt>{t("builder.sections")}</dt>
        <dd>{set.filters.sections.map((ref) => sectionRefLabel(ref, locale)).join(" / ") || none}</dd>
        <dt>{t("builder.tags")}</dt>
        <dd>{set.filters.tags.map((tag) => topicTagLabel(tag, locale)).join("、") || none}</dd>
        <dt>{t("builder.kinds")}</dt>
        <dd>{set.filters.kinds.map((kind) => tKinds(kind)).join(", ") || none}</dd>
        <dt>{t("builder.types")}</dt>
        <dd>{set.filters.types.map((type) => tTypes(type)).join(", ")}</dd>
        <dt>{t("builder.questionCount")}</dt>
        <dd>{set.questionCount}</dd>
        <dt>{t("builder.selection")}</dt>
        <dd>{t(`builder.selections.${set.selection}`)}</dd>
        <dt>{t("builder.feedbackPolicy")}</dt>
        <dd>{t(`builder.feedbackPolicies.${set.feedbackPolicy}`)}</dd>
        <dt>{t("quizSet.reservedQuestions")}</dt>
        <dd data-testid="reserved-questions">
          {t("quizSet.reservedCount", { count: reservedQuestionCount(set) })}{" "}
          <span className="muted">
            {t(holdsBackFeedback(set.feedbackPolicy) ? "quizSet.reservedUsed" : "quizSet.reservedUnused")}
          </span>
        </dd>
        <dt>{t("builder.timeLimit")}</dt>
        <dd>
          {set.timeLimitSeconds
            ? t("quizSet.minutes", { minutes: Math.round(set.timeLimitSeconds / 60) })
            : t("quizSet.noLimit")}
        </dd>
        <dt>{t("builder.attemptsAllowed")}</dt>
        <dd>{set.attemptsAllowed}</dd>
      </dl>

      <section aria-labelledby="assign-heading" className="teacher__section">
        <h2 id="assign-heading">{t("assign.heading")}</h2>
        {assignments.length > 0 && (
          <ul className="teacher-list">
            {assignments.map((assignment) => (
              <li key={assignment.id}>
                <Link href={`/teacher/assignments/${assignment.id}`}>
                  {t("quizSet.assignedTo", {
                    name: assignment.classroom.name,
                    due: dateTime(assignment.dueAt),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {activeClasses.length === 0 ? (
          <p className="empty-state">{t("quizSet.needClass")}</p>
        ) : (
          <div className="card">
            <AssignForm
              fixed={{ name: "quizSetId", value: set.id }}
              choose={{
                name: "classroomId",
                label: t("assign.classroom"),
                options: activeClasses.map((classroom) => ({ value: classroom.id, label: classroom.name })),
              }}
              now={now}
            />
          </div>
        )}
      </section>

      <section aria-labelledby="preview-heading" className="teacher__section">
        <h2 id="preview-heading">{t("preview.heading")}</h2>
        <p className="muted">
          {set.selection === "per-student" ? t("preview.perStudentHint") : t("preview.fixedHint")}
        </p>
        {preview.length === 0 ? (
          <p className="empty-state">{t("preview.empty")}</p>
        ) : (
          <ol className="teacher-preview">
            {preview.map((question, index) => (
              <QuestionPreview key={question.id} question={question} number={index + 1} />
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="settings-heading" className="card teacher__section">
        <h2 id="settings-heading">{t("quizSet.settingsHeading")}</h2>
        <ActionForm
          messages="teacher.errors"
          action={renameQuizSetAction}
          submitLabel={t("quizSet.rename")}
          buttonClassName="button"
        >
          <HiddenField name="quizSetId" value={set.id} />
          <Field
            name="title"
            label={t("builder.title")}
            defaultValue={set.title}
            required
            limits={inputLimits(renameQuizSetSchema).title}
          />
        </ActionForm>
        {/* An assigned set holds students' attempts and reports: the server refuses, so say why. */}
        {assignments.length > 0 ? (
          <p className="muted">{t("quizSet.cannotDelete")}</p>
        ) : (
          <ActionForm
            messages="teacher.errors"
            action={deleteQuizSetAction}
            submitLabel={t("quizSet.delete")}
            buttonClassName="button button--ghost"
            confirmText={t("quizSet.deleteConfirm", { title: set.title })}
          >
            <HiddenField name="quizSetId" value={set.id} />
            <p className="field__hint">{t("quizSet.deleteHint")}</p>
          </ActionForm>
        )}
      </section>
    </section>
  );
}
