import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { inputLimits } from "@/components/form/input-limits";
import { SignUpForm } from "@/components/sign-up-form";
import { ClientMessages } from "@/i18n/client-messages";
import { callbackPathSchema, signUpSchema } from "@/server/account-schemas";
import { currentUser } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage({ searchParams }: PageProps<"/signup">) {
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = callbackPathSchema.parse(Array.isArray(raw) ? raw[0] : raw);
  if (await currentUser()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  return (
    <section className="card card--narrow">
      <h1>{t("signUpTitle")}</h1>
      <ClientMessages namespaces={["auth"]}>
        <SignUpForm callbackUrl={callbackUrl} limits={inputLimits(signUpSchema)} />
      </ClientMessages>
      <p className="muted">
        {t("haveAccount")}{" "}
        <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("submitSignIn")}</Link>
      </p>
    </section>
  );
}
