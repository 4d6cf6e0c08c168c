import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUser("/account");
  const [t, tNav] = await Promise.all([getTranslations("account"), getTranslations("nav")]);
  return (
    <section className="card">
      <h1>{t("title")}</h1>
      <dl className="details">
        <dt>{t("name")}</dt>
        <dd>{user.name}</dd>
        <dt>{t("email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("role")}</dt>
        <dd>{tNav(`roles.${user.role}`)}</dd>
      </dl>
    </section>
  );
}
