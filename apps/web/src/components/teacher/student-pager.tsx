import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { STUDENTS_PER_PAGE, type StudentPage } from "@/server/teacher/student-pages";

/** Previous / next page of a report's student list (nothing when the class fits on one page). */
export async function StudentPager({ shown, href }: { shown: StudentPage; href: (page: number) => string }) {
  if (shown.pages <= 1) return null;
  const t = await getTranslations("teacher.report");
  return (
    <nav aria-label={t("studentsPages")} className="report__pager">
      <p>{t("studentsRange", { from: shown.start + 1, to: shown.end, total: shown.total })}</p>
      <ul>
        {shown.page > 1 && (
          <li>
            <Link href={href(shown.page - 1)} className="button">
              {t("previousStudents", { count: STUDENTS_PER_PAGE })}
            </Link>
          </li>
        )}
        {shown.page < shown.pages && (
          <li>
            <Link href={href(shown.page + 1)} className="button">
              {t("nextStudents", { count: Math.min(STUDENTS_PER_PAGE, shown.total - shown.end) })}
            </Link>
          </li>
        )}
      </ul>
      <p className="muted">{t("studentsPagedHint")}</p>
    </nav>
  );
}
