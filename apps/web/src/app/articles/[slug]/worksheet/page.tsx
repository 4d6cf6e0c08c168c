import type { PublicQuestion } from "@jiji/content";
import {
  describeCorrectAnswer,
  getArticle,
  getQuestionBank,
  selectQuestions,
  toPublicQuestion,
} from "@jiji/content/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { CitationList } from "@/components/citation-list";
import { StemText } from "@/components/quiz/stem-text";
import { PrintButton } from "@/components/reading/print-button";
import { answerWords } from "@/i18n/static-messages";
import { localized } from "@/lib/localized";
import { ITEM_LABELS, OPTION_LABELS, worksheetKey } from "@/lib/worksheet-key";
import { requireTeacher } from "@/server/auth/guards";
import { findOwnedQuizSet, questionsForSet } from "@/server/teacher/quiz-sets";
import { cuidSchema } from "@/server/teacher/teacher-schemas";
import "./worksheet.css";

const COUNTS = [5, 10, 20] as const;
const worksheetQuerySchema = z.object({
  count: z.coerce
    .number()
    .pipe(
      z.union(
        COUNTS.map((count) => z.literal(count)) as [z.ZodLiteral<5>, z.ZodLiteral<10>, z.ZodLiteral<20>],
      ),
    )
    .catch(10),
  /** A teacher's quiz set: the sheet then holds that set's questions from this article. */
  set: z.string().optional(),
});
/** One fixed seed: the same sheet prints every time, so copies made on different days match one key. */
const WORKSHEET_SEED = "worksheet";

export async function generateMetadata({
  params,
}: PageProps<"/articles/[slug]/worksheet">): Promise<Metadata> {
  const article = getArticle((await params).slug);
  const t = await getTranslations("reading.worksheet");
  return {
    title: article ? `${t("title")}: ${localized(article.title, await getLocale())}` : undefined,
    robots: { index: false },
  };
}

/** A4 worksheet for 朝学習: questions with room to answer, then the key on its own page. Teachers only (it holds the key). */
export default async function WorksheetPage({
  params,
  searchParams,
}: PageProps<"/articles/[slug]/worksheet">) {
  const { slug } = await params;
  const { user, db } = await requireTeacher(`/articles/${slug}/worksheet`);
  const article = getArticle(slug);
  if (!article) notFound();
  const query = worksheetQuerySchema.parse(await searchParams);
  const setId = query.set === undefined ? undefined : cuidSchema.safeParse(query.set);
  const set = setId?.success ? await findOwnedQuizSet(db, user.id, setId.data) : null;
  // Another teacher's set, or no set at all, looks missing.
  if (setId && !set) notFound();
  const t = await getTranslations("reading.worksheet");
  const count = set ? set.questionCount : query.count;
  // A per-student set prints its preview draw (the set's own seed), as the set's page previews it.
  const questions = set
    ? questionsForSet(set, set.seed).filter((question) => question.articleSlug === article.slug)
    : selectQuestions(getQuestionBank(article.slug), { count, seed: WORKSHEET_SEED });
  const printed = questions.map((question) => ({
    question,
    shown: toPublicQuestion(question, WORKSHEET_SEED),
  }));
  const title = localized(article.title, "ja");
  return (
    <div className="worksheet">
      <div className="worksheet__controls">
        <Link href={`/articles/${article.slug}`}>{t("back")}</Link>
        {!set && (
          <form method="get" className="worksheet__count">
            <label htmlFor="worksheet-count">{t("count")}</label>
            <select id="worksheet-count" name="count" defaultValue={count}>
              {COUNTS.map((option) => (
                <option key={option} value={option}>
                  {t("countOption", { count: option })}
                </option>
              ))}
            </select>
            <button type="submit" className="button">
              {t("apply")}
            </button>
          </form>
        )}
        <PrintButton label={t("print")} />
        <p className="muted">{t("printHint")}</p>
      </div>

      <section className="worksheet__sheet" aria-labelledby="worksheet-title">
        <header className="worksheet__header">
          <p className="worksheet__subtitle">
            {t("subtitle")}
            {set && <> — {t("fromSet", { title: set.title })}</>}
          </p>
          <h1 id="worksheet-title" lang="ja">
            {title}
          </h1>
          <dl className="worksheet__fields">
            <div>
              <dt>{t("date")}</dt>
              <dd />
            </div>
            <div>
              <dt>{t("class")}</dt>
              <dd />
            </div>
            <div>
              <dt>{t("name")}</dt>
              <dd />
            </div>
          </dl>
        </header>
        {printed.length === 0 ? (
          <p>{t("noQuestions")}</p>
        ) : (
          <ol className="worksheet__questions">
            {printed.map(({ question, shown }) => (
              <li key={question.id} className="worksheet__question">
                <p className="worksheet__stem" lang="ja">
                  <StemText text={shown.stem.ja} />
                </p>
                <AnswerSpace shown={shown} t={t} />
              </li>
            ))}
          </ol>
        )}
        <p className="worksheet__source">
          {t("source")}:{" "}
          <CitationList
            citations={article.sources.map((source) => ({
              sourceId: source.id,
              publisher: source.publisher,
              title: source.title,
              url: source.url,
              publishedDate: source.publishedDate,
              publishedDateAsWritten: source.publishedDateAsWritten,
            }))}
          />
        </p>
      </section>

      {printed.length > 0 && (
        <section className="worksheet__sheet worksheet__key" aria-labelledby="worksheet-key-title">
          <h2 id="worksheet-key-title">{t("answerKeyFor", { title })}</h2>
          <ol className="worksheet__key-list">
            {printed.map(({ question, shown }) => (
              <li key={question.id} lang="ja">
                <strong>
                  {worksheetKey(question, shown, describeCorrectAnswer(question, "ja", answerWords("ja")))}
                </strong>
                <span className="worksheet__explanation">{localized(question.explanation, "ja")}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"reading.worksheet">>>;

/** What a student writes on: choices with circles, boxes for an order, lines for a typed answer. */
function AnswerSpace({ shown, t }: { shown: PublicQuestion; t: Translate }) {
  switch (shown.type) {
    case "single-choice":
      return (
        <ul className="worksheet__options" lang="ja">
          {shown.options.map((option, index) => (
            <li key={option.id}>
              <span className="worksheet__label">{OPTION_LABELS[index]}</span> {option.text}
            </li>
          ))}
        </ul>
      );
    case "true-false":
      return (
        <p className="worksheet__hint">
          {t("trueFalse")} <span className="worksheet__box" aria-hidden="true" />
        </p>
      );
    case "ordering":
      return (
        <>
          <p className="worksheet__hint">{t("ordering")}</p>
          <ul className="worksheet__options" lang="ja">
            {shown.items.map((item, index) => (
              <li key={item.id}>
                <span className="worksheet__label">{ITEM_LABELS[index]}</span> {item.text}
              </li>
            ))}
          </ul>
          <p className="worksheet__boxes" aria-hidden="true">
            {shown.items.map((item, index) => (
              <span key={item.id}>
                {index > 0 && " → "}
                <span className="worksheet__box" />
              </span>
            ))}
          </p>
        </>
      );
    case "matching":
      return (
        <>
          <p className="worksheet__hint">{t("matching")}</p>
          <div className="worksheet__matching" lang="ja">
            <ol>
              {shown.left.map((item) => (
                <li key={item.id}>{item.text}</li>
              ))}
            </ol>
            <ul>
              {shown.right.map((item, index) => (
                <li key={item.id}>
                  <span className="worksheet__label">{ITEM_LABELS[index]!.toLowerCase()}</span> {item.text}
                </li>
              ))}
            </ul>
          </div>
        </>
      );
    case "numeric":
      return (
        <p className="worksheet__line">
          <span className="worksheet__blank" aria-hidden="true" /> {t("unit", { unit: shown.unit })}
        </p>
      );
    case "cloze":
      return (
        <p className="worksheet__line">
          <span className="worksheet__blank worksheet__blank--wide" aria-hidden="true" />
        </p>
      );
  }
}
