import "server-only";
import type { Locale } from "@jiji/content";
import { getLocale, getTranslations } from "next-intl/server";
import { toLocale } from "@/i18n/locales";
import { currentTeacher } from "../auth/guards";
import { viewerTimeZone } from "../auth/session";
import { jsonError } from "../http";
import { loadAssignmentReport } from "./report";
import { type AssignmentReport, toCountedAttempt } from "./report-statistics";
import { cuidSchema } from "./teacher-schemas";

/** Shared body of the two CSV routes: teacher only, own assignment only, UTF-8 with BOM; `?attempt=` as on the page. */
export async function reportCsvResponse(
  request: Request,
  rawAssignmentId: string,
  table: "students" | "questions",
  render: (report: AssignmentReport, locale: Locale, timeZone: string) => string,
): Promise<Response> {
  const t = await getTranslations("teacher.errors");
  const [teacher, timeZone] = await Promise.all([currentTeacher(), viewerTimeZone()]);
  if (!teacher.ok) {
    return teacher.status === 401
      ? jsonError(401, "unauthenticated", t("unauthenticated"))
      : jsonError(403, "not-teacher", t("notTeacher"));
  }
  const id = cuidSchema.safeParse(rawAssignmentId);
  const locale = toLocale(await getLocale());
  const counted = toCountedAttempt(new URL(request.url).searchParams.get("attempt"));
  const report = id.success
    ? await loadAssignmentReport(teacher.db, teacher.user.id, id.data, locale, new Date(), counted)
    : null;
  // Another teacher's assignment answers exactly like a missing one.
  if (!report) return jsonError(404, "assignment-not-found", t("assignmentNotFound"));
  const filename = `assignment-${report.assignment.id}-${table}-${counted}-attempt.csv`;
  return new Response(render(report, locale, timeZone), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
