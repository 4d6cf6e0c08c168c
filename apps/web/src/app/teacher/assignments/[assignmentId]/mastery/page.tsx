import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MasteryTable } from "@/components/teacher/mastery-table";
import { StudentPager } from "@/components/teacher/student-pager";
import { loadReportPage } from "@/server/teacher/report-page";

export const metadata: Metadata = { robots: { index: false } };

/** The report's students × facts mastery as numbers, a page of students at a time like the report's list. */
export default async function AssignmentMasteryPage({
  params,
  searchParams,
}: PageProps<"/teacher/assignments/[assignmentId]/mastery">) {
  const { assignmentId } = await params;
  const { report, locale, shown, shownMastery, href } = await loadReportPage(
    assignmentId,
    await searchParams,
    "mastery",
  );
  const t = await getTranslations("teacher.report");
  return (
    <section className="teacher report">
      <p>
        <Link href={href("report", { fragment: "facts-heading" })}>
          ← {t("heading", { title: report.quizSet.title })}
        </Link>
      </p>
      <h1>{t("masteryHeading", { title: report.quizSet.title })}</h1>
      <p className="muted">{t("masteryDescription")}</p>
      {shownMastery.masteryGrid.length === 0 ? (
        <p className="empty-state">{t("noAnswers")}</p>
      ) : (
        <>
          <StudentPager shown={shown} href={(page) => href("mastery", { page })} />
          <MasteryTable report={shownMastery} locale={locale} />
        </>
      )}
    </section>
  );
}
