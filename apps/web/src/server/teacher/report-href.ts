import type { CountedAttempt } from "./report-statistics";

/** The pages of one assignment's report: the report itself and the mastery numbers. */
export type ReportView = "report" | "mastery";

/** A report page's address: the default counted attempt and first page of students leave no parameter. */
export function reportHref({
  assignmentId,
  countedAttempt,
  page,
  view,
  fragment,
}: {
  assignmentId: string;
  countedAttempt: CountedAttempt;
  page: number;
  view: ReportView;
  fragment?: string;
}): string {
  const params = new URLSearchParams();
  if (countedAttempt !== "first") params.set("attempt", countedAttempt);
  if (page > 1) params.set("students", String(page));
  const path = `/teacher/assignments/${assignmentId}${view === "report" ? "" : `/${view}`}`;
  return `${path}${params.size > 0 ? `?${params}` : ""}${fragment ? `#${fragment}` : ""}`;
}
