import type { TermFact } from "@jiji/content";
import { getTranslations } from "next-intl/server";
import { pickLocalizedText } from "@/lib/localized";

/** Every term fact with its reading and meaning: where a term in the text links to without JavaScript. */
export async function GlossaryList({ terms, locale }: { terms: readonly TermFact[]; locale: string }) {
  if (terms.length === 0) return null;
  const t = await getTranslations("reading.glossary");
  return (
    <section aria-labelledby="glossary-title" className="glossary">
      <h2 id="glossary-title">{t("title")}</h2>
      <dl className="glossary__list">
        {terms.map((term) => {
          const definition = pickLocalizedText(term.definition, locale);
          return (
            <div key={term.id} id={`glossary-${term.id}`} className="glossary__entry">
              <dt lang="ja">
                {term.term}
                {term.reading && <span className="muted">({term.reading})</span>}
              </dt>
              <dd lang={definition.lang === locale ? undefined : definition.lang}>{definition.text}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
