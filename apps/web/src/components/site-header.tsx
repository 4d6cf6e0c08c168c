import { LOCALES } from "@jiji/content";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MistakesNavLink } from "@/components/review/mistakes-nav-link";
import { SiteMenu } from "@/components/site-menu";
import { signOutAction } from "@/server/actions/accounts";
import { setLocaleAction } from "@/server/actions/locale";
import { currentUserIsEditor } from "@/server/auth/guards";
import { currentUser } from "@/server/auth/session";

const LOCALE_LABELS = { ja: "日本語", en: "English" } as const;

export async function SiteHeader() {
  const [t, tReview, tProgress, tEditor, locale, user, isEditor] = await Promise.all([
    getTranslations("nav"),
    getTranslations("review"),
    getTranslations("progress"),
    getTranslations("editor"),
    getLocale(),
    currentUser(),
    currentUserIsEditor(),
  ]);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <span className="brand__name">Jiji</span>
          <span className="brand__sub">時事クイズ</span>
        </Link>
        <SiteMenu label={t("menu")}>
          <nav aria-label={t("mainNavigation")} className="site-nav">
            <Link href="/">{t("home")}</Link>
            <Link href="/articles">{t("library")}</Link>
            {user && (
              <>
                <MistakesNavLink />
                <Link href="/review">{tReview("nav.review")}</Link>
                <Link href="/progress">{tProgress("nav")}</Link>
                <Link href="/classes">{t("classes")}</Link>
                {user.role === "teacher" && <Link href="/teacher">{t("teacher")}</Link>}
                {isEditor && <Link href="/editor">{tEditor("nav")}</Link>}
              </>
            )}
          </nav>
          <form action={setLocaleAction} className="locale-switch" aria-label={t("language")}>
            {LOCALES.map((option) => (
              <button
                key={option}
                type="submit"
                name="locale"
                value={option}
                lang={option}
                aria-pressed={option === locale}
                className="locale-switch__option"
              >
                {LOCALE_LABELS[option]}
              </button>
            ))}
          </form>
          <nav className="account-menu" aria-label={t("accountMenu")}>
            {user ? (
              <>
                <Link href="/account" className="account-menu__name">
                  {user.name}
                  <span className="badge">{t(`roles.${user.role}`)}</span>
                </Link>
                <form action={signOutAction}>
                  <button type="submit" className="button button--ghost">
                    {t("signOut")}
                  </button>
                </form>
              </>
            ) : (
              <>
                <Link href="/signin" className="button button--ghost">
                  {t("signIn")}
                </Link>
                <Link href="/signup" className="button">
                  {t("signUp")}
                </Link>
              </>
            )}
          </nav>
        </SiteMenu>
      </div>
    </header>
  );
}
