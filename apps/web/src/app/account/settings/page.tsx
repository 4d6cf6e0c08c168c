import { getDatabase } from "@jiji/db";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/change-password-form";
import { inputLimits } from "@/components/form/input-limits";
import { TimeZoneForm } from "@/components/progress/time-zone-form";
import { ClientMessages } from "@/i18n/client-messages";
import { safeTimeZone } from "@/lib/time-zone";
import { changePasswordSchema } from "@/server/account-schemas";
import { requireUser } from "@/server/auth/guards";
import { selectableTimeZones } from "@/server/progress/time-zone-setting";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("progress.settings"))("title"), robots: { index: false } };
}

export default async function AccountSettingsPage({ searchParams }: PageProps<"/account/settings">) {
  const user = await requireUser("/account/settings");
  const db = await getDatabase();
  const [t, stored, { passwordChanged }] = await Promise.all([
    getTranslations("progress.settings"),
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { timeZone: true } }),
    searchParams,
  ]);
  return (
    <ClientMessages namespaces={["progress.settings", "account.passwordChange", "auth"]}>
      <section className="card card--narrow">
        <h1>{t("title")}</h1>
        <TimeZoneForm current={safeTimeZone(stored.timeZone)} zones={selectableTimeZones()} />
        <ChangePasswordForm isChanged={passwordChanged === "1"} limits={inputLimits(changePasswordSchema)} />
      </section>
    </ClientMessages>
  );
}
