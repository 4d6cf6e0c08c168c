import { getTranslations } from "next-intl/server";
import { setFuriganaAction } from "@/server/reading/furigana-action";

/** A plain form (works without JavaScript); the button says what it will do, aria-pressed what is on now. */
export async function FuriganaToggle({ articleSlug, isOn }: { articleSlug: string; isOn: boolean }) {
  const t = await getTranslations("reading.furigana");
  return (
    <form action={setFuriganaAction} className="furigana-toggle">
      <input type="hidden" name="articleSlug" value={articleSlug} />
      <input type="hidden" name="show" value={isOn ? "off" : "on"} />
      <button type="submit" className="button" aria-pressed={isOn} data-testid="furigana-toggle">
        {t("label")}
        <span className="furigana-toggle__state" aria-hidden="true">
          {isOn ? "ON" : "OFF"}
        </span>
      </button>
    </form>
  );
}
