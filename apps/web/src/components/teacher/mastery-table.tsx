import type { Locale } from "@jiji/content";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { localized } from "@/lib/localized";
import type { AssignmentReport } from "@/server/teacher/report-statistics";

const percent = (value: number | null) => (value === null ? null : `${Math.round(value * 100)}%`);

/** The heatmap's numbers: one row per student, one column per fact, numbered as in the report's fact table. */
export async function MasteryTable({
  report,
  locale,
}: {
  report: Pick<AssignmentReport, "facts" | "masteryGrid">;
  locale: Locale;
}) {
  const t = await getTranslations("teacher.report");
  const { facts, masteryGrid } = report;
  return (
    <DataTable
      caption={t("heatmapCaption")}
      className="teacher-table"
      scroll
      rows={masteryGrid}
      rowKey={(row) => row.studentId}
      columns={[
        { key: "student", header: t("studentsHeading"), isRowHeader: true, cell: (row) => row.name },
        ...facts.map((fact, f) => ({
          key: fact.factId,
          header: `${f + 1}. ${localized(fact.label, locale)}`,
          isNumeric: true,
          cell: (row: (typeof masteryGrid)[number]) => percent(row.mastery[f] ?? null) ?? t("notAsked"),
        })),
      ]}
    />
  );
}
