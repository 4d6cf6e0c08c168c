import { type Article, glossaryOf } from "@jiji/content";
import { type FuriganaFile, paragraphKey, segmentParagraph } from "@jiji/content/server";
import { getTranslations } from "next-intl/server";
import { type CSSProperties, Fragment } from "react";
import { localized, pickLocalizedText } from "@/lib/localized";
import { GlossaryTerm } from "./glossary-term";
import { RubyText } from "./ruby-text";

type ArticleTextProps = {
  article: Article;
  locale: string;
  /** Questions in the served bank per fact id: a sentence links to its questions when it has any. */
  questionCounts: ReadonlyMap<string, number>;
  /** The readings when the reader has furigana on; undefined renders no reading at all. */
  furigana: FuriganaFile | undefined;
};

/** The article as text, section by section: fact sentences marked and linked, views and asides set apart. */
export async function ArticleText({ article, locale, questionCounts, furigana }: ArticleTextProps) {
  const t = await getTranslations("reading");
  const factsById = new Map(article.facts.map((fact) => [fact.id, fact]));
  const glossary = glossaryOf(article);
  const termsById = new Map(glossary.map((term) => [term.id, term]));
  return (
    <div className="reading-text" lang="ja">
      {article.sections.map((section) => {
        // A term's sentence is not marked: the term itself links to its meaning.
        const facts = article.facts.filter((fact) => fact.section === section.id && fact.kind !== "term");
        return (
          <section key={section.id} className="reading-section" aria-labelledby={`reading-${section.id}`}>
            <h3 id={`reading-${section.id}`}>{localized(section.heading, "ja")}</h3>
            {section.printedDate && (
              <p className="muted reading-section__date" lang={locale}>
                {t("printedDate", { date: section.printedDate })}
              </p>
            )}
            {section.body.map((paragraph, index) => {
              const runs = segmentParagraph(paragraph.text, {
                facts: paragraph.isComment ? [] : facts,
                rubies: furigana?.paragraphs[paragraphKey(section.id, index)],
                terms: glossary,
              });
              const content = runs.map((run, runIndex) => {
                const text = run.pieces.map((piece, pieceIndex) => {
                  const term = piece.termId ? termsById.get(piece.termId) : undefined;
                  const ruby = <RubyText parts={piece.parts} showFurigana={furigana !== undefined} />;
                  if (!term) return <Fragment key={pieceIndex}>{ruby}</Fragment>;
                  const definition = pickLocalizedText(term.definition, locale);
                  return (
                    <GlossaryTerm
                      key={pieceIndex}
                      termId={term.id}
                      definition={definition.text}
                      definitionLang={definition.lang}
                    >
                      {ruby}
                    </GlossaryTerm>
                  );
                });
                if (run.factIds.length === 0) return <Fragment key={runIndex}>{text}</Fragment>;
                const runFacts = run.factIds.map((id) => factsById.get(id)!);
                const isAssessment = runFacts.some((fact) => fact.stance.type === "assessment");
                const count = run.factIds.reduce((sum, id) => sum + (questionCounts.get(id) ?? 0), 0);
                return (
                  <mark
                    key={runIndex}
                    id={`sentence-${run.factIds[0]}`}
                    className={`reading-sentence${isAssessment ? " reading-sentence--assessment" : ""}`}
                    data-fact-ids={run.factIds.join(" ")}
                  >
                    {run.factIds.slice(1).map((id) => (
                      <span key={id} id={`sentence-${id}`} />
                    ))}
                    {isAssessment && (
                      <span className="reading-sentence__stance" lang={locale}>
                        {t("assessmentMark")}
                      </span>
                    )}
                    {text}
                    {count > 0 && (
                      <a
                        href={`#fact-${run.factIds[0]}`}
                        className="reading-sentence__questions"
                        lang={locale}
                      >
                        {t("questionsLink", { count })}
                        <span className="visually-hidden">{t("questionsLinkLabel", { count })}</span>
                      </a>
                    )}
                  </mark>
                );
              });
              // How long the paragraph is, for the height it holds until it is laid out (reading.css).
              const size = { "--reading-chars": paragraph.text.length } as CSSProperties;
              return paragraph.isComment ? (
                <aside key={index} className="reading-comment" aria-label={t("comment")}>
                  <p className="reading-comment__label" lang={locale}>
                    {t("comment")}
                  </p>
                  <p className="reading-paragraph" style={size}>
                    {content}
                  </p>
                </aside>
              ) : (
                <p key={index} className="reading-paragraph" style={size}>
                  {content}
                </p>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
