// GET /api/teacher/assignments/:assignmentId/questions – the per-question table of a report as CSV (UTF-8 with BOM); ?attempt=first|best|last
import { questionsCsv } from "@/server/teacher/csv";
import { reportCsvResponse } from "@/server/teacher/csv-response";

export async function GET(
  request: Request,
  context: RouteContext<"/api/teacher/assignments/[assignmentId]/questions">,
) {
  return reportCsvResponse(request, (await context.params).assignmentId, "questions", questionsCsv);
}
