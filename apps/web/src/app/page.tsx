import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/server/session";

export default async function HomePage() {
  const [user, t] = await Promise.all([currentUser(), getTranslations("home")]);
  if (!user) {
    return (
      <section className="hero">
        <h1>{t("heroTitle")}</h1>
        <p className="hero__body">{t("heroBody")}</p>
        <div className="hero__actions">
          <Link href="/signup" className="button button--primary button--large">
            {t("getStarted")}
          </Link>
          <Link href="/signin" className="button button--ghost button--large">
            {t("haveAccount")}
          </Link>
        </div>
      </section>
    );
  }
  return (
    <section>
      <h1>{t("welcome", { name: user.name })}</h1>
      <p className="muted">{t("welcomeBody")}</p>
      <div className="empty-state">
        <h2>{t("emptyTitle")}</h2>
        <p>{t("emptyBody")}</p>
      </div>
    </section>
  );
}
