import { LOCALES } from "@jiji/content";
import { getLocale, getTranslations } from "next-intl/server";
import { MistakesNavLink } from "@/components/review/mistakes-nav-link";
import { SiteMenu } from "@/components/site-menu";
import { signOutAction } from "@/server/actions/accounts";
import { setLocaleAction } from "@/server/actions/locale";
import { currentUserIsEditor } from "@/server/auth/guards";
import { currentUser } from "@/server/auth/session";

// Plain <a> links, not next/link: a full page load per click, and no client router code for links on every page
// (the quiz page's JavaScript budget, bench/lighthouse.bench.ts).
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
        <a href="/" className="brand">
          <span className="brand__name">Jiji</span>
          <span className="brand__sub">時事クイズ</span>
        </a>
        <SiteMenu label={t("menu")}>
          <nav aria-label={t("mainNavigation")} className="site-nav">
            <a href="/">{t("home")}</a>
            <a href="/articles">{t("library")}</a>
            {user && (
              <>
                <MistakesNavLink />
                <a href="/review">{tReview("nav.review")}</a>
                <a href="/progress">{tProgress("nav")}</a>
                <a href="/classes">{t("classes")}</a>
                {user.role === "teacher" && <a href="/teacher">{t("teacher")}</a>}
                {isEditor && <a href="/editor">{tEditor("nav")}</a>}
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
                <a href="/account" className="account-menu__name">
                  {user.name}
                  <span className="badge">{t(`roles.${user.role}`)}</span>
                </a>
                <form action={signOutAction}>
                  <button type="submit" className="button button--ghost">
                    {t("signOut")}
                  </button>
                </form>
              </>
            ) : (
              <>
                <a href="/signin" className="button button--ghost">
                  {t("signIn")}
                </a>
                <a href="/signup" className="button">
                  {t("signUp")}
                </a>
              </>
            )}
          </nav>
        </SiteMenu>
      </div>
    </header>
  );
}
