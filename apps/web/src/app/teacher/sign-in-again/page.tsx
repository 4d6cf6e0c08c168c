import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signInAgainAsTeacherAction } from "@/server/actions/accounts";
import { requirePromotedSinceSignIn } from "@/server/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teacher"))("signInAgain.title"), robots: { index: false } };
}

/** Where requireTeacher sends a session from before the account's promotion. */
export default async function SignInAgainPage() {
  await requirePromotedSinceSignIn("/teacher");
  const t = await getTranslations("teacher");
  return (
    <section className="card card--narrow">
      <h1>{t("signInAgain.title")}</h1>
      <p>{t("signInAgain.body")}</p>
      <form action={signInAgainAsTeacherAction}>
        <button type="submit" className="button button--primary">
          {t("signInAgain.button")}
        </button>
      </form>
    </section>
  );
}
