import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { publishAction, unpublishAction } from "@/server/editor/actions";
import type { EditorRow } from "@/server/editor/editor-store";
import { EditorForm } from "./editor-form";

type Target = { slug: string; version: number };

export async function PublishStep({ row, target }: { row: EditorRow; target: Target }) {
  const t = await getTranslations("editor");
  const isLive = row.status === "published";
  return (
    <div className="editor-step">
      <h2>{t("publish.heading")}</h2>
      <p role="status">
        {isLive
          ? t("publish.published")
          : row.published
            ? t("publish.unpublishedHistory")
            : t("publish.draft")}
      </p>
      <div className="editor-actions">
        <EditorForm
          action={publishAction}
          target={target}
          submitLabel={row.published ? t("publish.republish") : t("publish.publish")}
          className="editor-inline-form"
        />
        {isLive && (
          <EditorForm
            action={unpublishAction}
            target={target}
            submitLabel={t("publish.unpublish")}
            className="editor-inline-form"
            buttonClassName="button button--ghost"
            confirmText={t("publish.unpublishConfirm")}
          />
        )}
      </div>
      <ul className="editor-links">
        {isLive && (
          <li>
            <Link href={`/articles/${row.slug}`}>{t("publish.view")}</Link>
          </li>
        )}
        <li>
          <a href={`/editor/${row.slug}/export`} download>
            {t("publish.export")}
          </a>
        </li>
      </ul>
    </div>
  );
}
