import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EditorForm } from "@/components/editor/editor-form";
import { TextAreaField } from "@/components/form/fields";
import { requireEditor } from "@/server/auth/guards";
import { importArticleAction } from "@/server/editor/actions";
import { listEditorArticles } from "@/server/editor/editor-store";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor"))("list.title"), robots: { index: false } };
}

export default async function EditorListPage() {
  const { db } = await requireEditor("/editor");
  const [t, format, articles] = await Promise.all([
    getTranslations("editor"),
    getFormatter(),
    listEditorArticles(db),
  ]);
  return (
    <section>
      <h1>{t("list.title")}</h1>
      <p className="muted">{t("list.intro")}</p>
      <p>
        <Link href="/editor/new" className="button button--primary">
          {t("list.new")}
        </Link>
      </p>
      {articles.length === 0 ? (
        <p className="empty-state">{t("list.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="editor-table">
            <caption>{t("list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("list.articleTitle")}</th>
                <th scope="col">{t("list.status")}</th>
                <th scope="col">{t("list.facts")}</th>
                <th scope="col">{t("list.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((article) => (
                <tr key={article.slug}>
                  <th scope="row">
                    <Link href={`/editor/${article.slug}`} lang="ja">
                      {article.title}
                    </Link>
                    <span className="editor-slug">{article.slug}</span>
                  </th>
                  <td>
                    <span className={`badge editor-status editor-status--${article.status}`}>
                      {t(`status.${article.status}`)}
                    </span>
                  </td>
                  <td>{article.factCount}</td>
                  <td>
                    {t("list.updatedBy", {
                      date: format.dateTime(article.updatedAt, {
                        dateStyle: "medium",
                        timeStyle: "short",
                        timeZone: "Asia/Tokyo",
                      }),
                      name: article.updatedByName ?? t("list.unknownEditor"),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="import-heading" className="editor-section">
        <h2 id="import-heading">{t("list.importHeading")}</h2>
        <EditorForm action={importArticleAction} submitLabel={t("list.import")} buttonClassName="button">
          <TextAreaField name="json" label={t("list.importLabel")} hint={t("list.importHint")} rows={6} />
        </EditorForm>
      </section>
    </section>
  );
}
