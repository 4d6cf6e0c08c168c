import type { Citation, SentenceLocation } from "@jiji/content";
import { CitationList } from "@/components/citation-list";
import { localized } from "@/lib/localized";
import "./evidence.css";

/** The "reading.evidence" messages, from next-intl on the server or the island's translations in the browser. */
export type EvidenceText = (key: "title" | "readArticle" | "section", values?: { section: string }) => string;

/**
 * The article sentence a question comes from, highlighted inside its paragraph, with the way back to it and
 * the sources. Shown only after the answer (feedback, results, mistakes): the sentence holds the key. Rendered
 * by server pages and by the quiz island alike, so it takes its texts instead of reading them itself.
 */
export function EvidenceQuote({
  evidence,
  citations,
  t,
  locale,
}: {
  evidence: readonly SentenceLocation[];
  citations?: readonly Citation[];
  t: EvidenceText;
  locale: string;
}) {
  if (evidence.length === 0) return null;
  return (
    <div className="evidence" data-testid="evidence">
      <p className="evidence__title">{t("title")}</p>
      {evidence.map((item) => {
        const at = item.paragraph.indexOf(item.sentence);
        return (
          <figure key={item.factId} className="evidence__item">
            <blockquote lang="ja" className="evidence__quote">
              {item.paragraph.slice(0, at)}
              <mark
                className={item.isAssessment ? "evidence__mark evidence__mark--assessment" : "evidence__mark"}
              >
                {item.sentence}
              </mark>
              {item.paragraph.slice(at + item.sentence.length)}
            </blockquote>
            <figcaption className="evidence__caption">
              {t("section", { section: localized(item.sectionHeading, locale) })}{" "}
              <a href={`/articles/${item.articleSlug}#sentence-${item.factId}`}>{t("readArticle")}</a>
            </figcaption>
          </figure>
        );
      })}
      {citations && citations.length > 0 && (
        <p className="evidence__sources">
          <CitationList citations={citations} />
        </p>
      )}
    </div>
  );
}
