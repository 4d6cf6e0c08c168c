import { getDatabase } from "@jiji/db";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signInAgainAsTeacherAction } from "@/server/actions/accounts";
import { requireUser } from "@/server/session";
import { isPromotedSinceSignIn } from "@/server/teacher/teacher-role";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teacher"))("signInAgain.title"), robots: { index: false } };
}

/** Where requireTeacher sends a session from before the account's promotion. */
export default async function SignInAgainPage() {
  const user = await requireUser("/teacher");
  if (user.role === "teacher") redirect("/teacher");
  if (!(await isPromotedSinceSignIn(await getDatabase(), user))) notFound();
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
