import { getDatabase } from "@jiji/db";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/form/action-form";
import { HiddenField } from "@/components/form/fields";
import { ClientMessages } from "@/i18n/client-messages";
import { requireUser } from "@/server/auth/guards";
import { joinClassroomAction } from "@/server/teacher/actions";
import { lookUpJoinCode } from "@/server/teacher/join-classroom";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teacher"))("student.joinHeading"), robots: { index: false } };
}

/** The join link: shows which class the code belongs to and joins only when the student confirms (a POST). */
export default async function JoinPage({ params }: PageProps<"/join/[code]">) {
  const { code } = await params;
  const user = await requireUser(`/join/${encodeURIComponent(code)}`);
  const t = await getTranslations("teacher");
  const lookUp = await lookUpJoinCode(await getDatabase(), user.id, decodeURIComponent(code));
  if (lookUp.status === "locked")
    return (
      <section className="card card--narrow">
        <h1>{t("student.joinHeading")}</h1>
        <p role="alert" className="form__error">
          {t("errors.tooManyJoinAttempts", { minutes: lookUp.minutes })}
        </p>
      </section>
    );
  const classroom = lookUp.status === "found" ? lookUp.classroom : null;
  return (
    <section className="card card--narrow">
      <h1>{t("student.joinHeading")}</h1>
      {!classroom || classroom.isExpired ? (
        <>
          <p role="alert" className="form__error">
            {t(classroom ? "errors.codeExpired" : "errors.codeInvalid")}
          </p>
          <p>
            <Link href="/classes">{t("student.enterCodeInstead")}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t("student.joinConfirm", { name: classroom.name, teacher: classroom.teacherName })}</p>
          <ClientMessages namespaces={["teacher.errors"]}>
            <ActionForm
              messages="teacher.errors"
              action={joinClassroomAction}
              submitLabel={t("student.join")}
              pendingLabel={t("saving")}
            >
              <HiddenField name="code" value={decodeURIComponent(code)} />
            </ActionForm>
          </ClientMessages>
        </>
      )}
    </section>
  );
}
