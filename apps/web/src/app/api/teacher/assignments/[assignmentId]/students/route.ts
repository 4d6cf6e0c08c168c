// GET /api/teacher/assignments/:assignmentId/students – the per-student table of a report as CSV (UTF-8 with BOM); ?attempt=first|best|last
import { studentsCsv } from "@/server/teacher/csv";
import { reportCsvResponse } from "@/server/teacher/csv-response";

export async function GET(
  request: Request,
  context: RouteContext<"/api/teacher/assignments/[assignmentId]/students">,
) {
  return reportCsvResponse(request, (await context.params).assignmentId, "students", studentsCsv);
}
