import { getTranslations } from "next-intl/server";
import { practiseFactAction } from "@/server/progress/actions";

/** A plain form, so it works before (and without) JavaScript. */
export async function PractiseFactButton({
  articleSlug,
  factId,
  label,
}: {
  articleSlug: string;
  factId: string;
  label: string;
}) {
  const t = await getTranslations("progress.weakest");
  return (
    <form action={practiseFactAction} className="weak-fact__form">
      <input type="hidden" name="articleSlug" value={articleSlug} />
      <input type="hidden" name="factId" value={factId} />
      <button type="submit" className="button" aria-label={t("practiseLabel", { label })}>
        {t("practise")}
      </button>
    </form>
  );
}
