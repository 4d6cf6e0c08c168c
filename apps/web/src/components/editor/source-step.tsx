import { getTranslations } from "next-intl/server";
import type { EditorRow } from "@/server/editor/editor-store";

/** The pasted text by section, and the sources, as stored. */
export async function SourceStep({ row }: { row: EditorRow }) {
  const t = await getTranslations("editor");
  return (
    <div className="editor-step">
      <h2>{t("source.sources")}</h2>
      <ul className="editor-list">
        {row.article.sources.map((source) => (
          <li key={source.id} className="card">
            <p>
              {source.publisher} ・ {source.publishedDate}
            </p>
            <p lang="ja">{source.title}</p>
            {source.url && (
              <a href={source.url} rel="noopener noreferrer nofollow">
                {source.url}
              </a>
            )}
          </li>
        ))}
      </ul>
      <h2>{t("source.sections")}</h2>
      {row.article.sections.map((section) => (
        <section key={section.id} className="card editor-section-text" lang="ja">
          <h3>{section.heading.ja}</h3>
          {section.body.map((paragraph) => (
            <p key={paragraph.text}>{paragraph.text}</p>
          ))}
        </section>
      ))}
    </div>
  );
}
