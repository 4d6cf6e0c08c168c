import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { EditorForm } from "@/components/editor/editor-form";
import { TextAreaField } from "@/components/form/fields";
import { requireEditor } from "@/server/auth/guards";
import { importArticleAction } from "@/server/editor/actions";
import { listEditorArticles } from "@/server/editor/editor-store";
import { viewerDateFormat } from "@/server/viewer-dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor"))("list.title"), robots: { index: false } };
}

export default async function EditorListPage() {
  const { db } = await requireEditor("/editor");
  const [t, dateTime, articles] = await Promise.all([
    getTranslations("editor"),
    viewerDateFormat(),
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
        <DataTable
          caption={t("list.caption")}
          className="editor-table"
          scroll
          rows={articles}
          rowKey={(article) => article.slug}
          columns={[
            {
              key: "title",
              header: t("list.articleTitle"),
              isRowHeader: true,
              cell: (article) => (
                <>
                  <Link href={`/editor/${article.slug}`} lang="ja">
                    {article.title}
                  </Link>
                  <span className="editor-slug">{article.slug}</span>
                </>
              ),
            },
            {
              key: "status",
              header: t("list.status"),
              cell: (article) => (
                <span className={`badge editor-status editor-status--${article.status}`}>
                  {t(`status.${article.status}`)}
                </span>
              ),
            },
            { key: "facts", header: t("list.facts"), isNumeric: true, cell: (article) => article.factCount },
            {
              key: "updated",
              header: t("list.updated"),
              cell: (article) =>
                t("list.updatedBy", {
                  date: dateTime(article.updatedAt),
                  name: article.updatedByName ?? t("list.unknownEditor"),
                }),
            },
          ]}
        />
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
