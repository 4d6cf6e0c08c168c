"use client";

import { useTranslations } from "@/i18n/client";

/** A friendly page for unexpected server errors: no stack trace, only the reference id that is in the log. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("errors");
  return (
    <section className="card card--narrow" role="alert">
      <h1>{t("serverErrorTitle")}</h1>
      <p>{t("serverErrorBody")}</p>
      {error.digest && (
        <p className="muted">
          {t("reference")}: <code>{error.digest}</code>
        </p>
      )}
      <div className="hero__actions">
        <button type="button" className="button button--primary" onClick={reset}>
          {t("tryAgain")}
        </button>
        <a href="/" className="button">
          {t("backHome")}
        </a>
      </div>
    </section>
  );
}
