import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { inputLimits } from "@/components/form/input-limits";
import { SignInForm } from "@/components/sign-in-form";
import { ClientMessages } from "@/i18n/client-messages";
import { callbackPathSchema, signInSchema } from "@/server/account-schemas";
import { currentUser } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const { callbackUrl: raw, registered } = await searchParams;
  const callbackUrl = callbackPathSchema.parse(Array.isArray(raw) ? raw[0] : raw);
  if (await currentUser()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  return (
    <section className="card card--narrow">
      <h1>{t("signInTitle")}</h1>
      {registered === "1" && <p role="status">{t("registered")}</p>}
      <ClientMessages namespaces={["auth"]}>
        <SignInForm callbackUrl={callbackUrl} limits={inputLimits(signInSchema)} />
      </ClientMessages>
      <p className="muted">
        {t("noAccount")}{" "}
        <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("submitSignUp")}</Link>
      </p>
    </section>
  );
}
