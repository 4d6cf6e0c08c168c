import { getTranslations } from "next-intl/server";
import { practiseSentenceAction } from "@/server/reading/practise-sentence-action";

/** A plain form, so it works before (and without) JavaScript. */
export async function PractiseSentenceButton({
  articleSlug,
  factId,
  label,
  count,
}: {
  articleSlug: string;
  factId: string;
  label: string;
  count: number;
}) {
  const t = await getTranslations("reading");
  return (
    <form action={practiseSentenceAction} className="reading-practise">
      <input type="hidden" name="articleSlug" value={articleSlug} />
      <input type="hidden" name="factId" value={factId} />
      <button type="submit" className="button">
        {t("practise")}
        <span className="visually-hidden">{t("practiseLabel", { label, count })}</span>
      </button>
    </form>
  );
}
