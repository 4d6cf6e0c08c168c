import { getTranslations } from "next-intl/server";
import { practiseSentenceAction } from "@/server/reading/practise-sentence-action";

const PRACTISE_FORM_ID = "practise-sentence";

/**
 * The one form every 「この文から出る問題」 button submits (each button names its fact): one form and one hidden
 * field for the page instead of a form per fact. A plain form, so it works before (and without) JavaScript.
 */
export function PractiseSentenceForm({ articleSlug }: { articleSlug: string }) {
  return (
    <form id={PRACTISE_FORM_ID} action={practiseSentenceAction} hidden>
      <input type="hidden" name="articleSlug" value={articleSlug} />
    </form>
  );
}

/** Practice on one fact's questions; submits PractiseSentenceForm, which must be on the page. */
export async function PractiseSentenceButton({
  factId,
  label,
  count,
}: {
  factId: string;
  label: string;
  count: number;
}) {
  const t = await getTranslations("reading");
  return (
    <button type="submit" form={PRACTISE_FORM_ID} name="factId" value={factId} className="button">
      {t("practise")}
      <span className="visually-hidden">{t("practiseLabel", { label, count })}</span>
    </button>
  );
}
