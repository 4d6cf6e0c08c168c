import "server-only";
import type { Locale } from "@jiji/content";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { toLocale } from "@/i18n/locales";
import { requireTeacher } from "@/server/auth/guards";
import { loadAssignmentReport } from "./report";
import { type ReportView, reportHref } from "./report-href";
import { type AssignmentReport, toCountedAttempt } from "./report-statistics";
import { type StudentPage, studentPage } from "./student-pages";
import { cuidSchema } from "./teacher-schemas";

export type ReportPage = {
  report: AssignmentReport;
  locale: Locale;
  /** The page of the student list shown (`?students=`). */
  shown: StudentPage;
  /** The students of that page, and the heatmap's facts and rows for them. */
  shownStudents: AssignmentReport["students"];
  shownMastery: Pick<AssignmentReport, "facts" | "masteryGrid">;
  /** The same counted attempt and student page on either view; `page` another page of the student list. */
  href: (view: ReportView, options?: { page?: number; fragment?: string }) => string;
};

type Query = Record<string, string | string[] | undefined>;

/**
 * What both report pages start from: the signed-in teacher's assignment (404 when it is not theirs or not an id),
 * counted as `?attempt=` asks, and the page of students `?students=` asks for.
 */
export async function loadReportPage(
  assignmentId: string,
  query: Query,
  view: ReportView,
): Promise<ReportPage> {
  const { user, db } = await requireTeacher(
    reportHref({ assignmentId, countedAttempt: "first", page: 1, view }),
  );
  const id = cuidSchema.safeParse(assignmentId);
  if (!id.success) notFound();
  const locale = toLocale(await getLocale());
  const counted = toCountedAttempt(query.attempt);
  const report = await loadAssignmentReport(db, user.id, id.data, locale, new Date(), counted);
  if (!report) notFound();
  const shown = studentPage(report.students.length, query.students);
  const shownStudents = report.students.slice(shown.start, shown.end);
  const shownIds = new Set(shownStudents.map((student) => student.studentId));
  const shownMastery = {
    facts: report.facts,
    masteryGrid: report.masteryGrid.filter((row) => shownIds.has(row.studentId)),
  };
  const href: ReportPage["href"] = (view, { page = shown.page, fragment } = {}) =>
    reportHref({ assignmentId: id.data, countedAttempt: report.countedAttempt, page, view, fragment });
  return { report, locale, shown, shownStudents, shownMastery, href };
}
