import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/scroll-region";
import type { AssignmentReport } from "@/server/teacher/report-statistics";
import "@/app/teacher.css";

/** Viridis in five bands of 20 points: ordered by lightness, readable with every common colour-vision deficiency. */
const BANDS = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"];
const NOT_ASKED = "#e7e5e4";
const CELL = { width: 28, height: 18 };
const NAME_WIDTH = 140;
const HEADER_HEIGHT = 22;

const band = (mastery: number) => Math.min(4, Math.floor(mastery * 5));

/**
 * Students × facts mastery as one fixed-layout SVG (one path per colour band, so a class of 200 stays a handful
 * of elements). The same numbers are a table on their own page (`tableHref`, MasteryTable), for screen readers and
 * anyone who would rather read: inline (a page of 30 students × every fact) it was a third of the report's HTML,
 * 285 KB against 194 KB without it for 200 students and a 20-question set.
 */
export async function MasteryHeatmap({
  report,
  tableHref,
}: {
  report: Pick<AssignmentReport, "facts" | "masteryGrid">;
  tableHref: string;
}) {
  const t = await getTranslations("teacher.report");
  const { facts, masteryGrid } = report;
  const width = NAME_WIDTH + facts.length * CELL.width;
  const height = HEADER_HEIGHT + masteryGrid.length * CELL.height;
  const paths = [...BANDS, NOT_ASKED].map(() => "");
  masteryGrid.forEach((row, r) => {
    row.mastery.forEach((mastery, f) => {
      const index = mastery === null ? BANDS.length : band(mastery);
      const x = NAME_WIDTH + f * CELL.width;
      const y = HEADER_HEIGHT + r * CELL.height;
      paths[index] += `M${x} ${y}h${CELL.width - 2}v${CELL.height - 2}h${-(CELL.width - 2)}z`;
    });
  });
  return (
    <figure className="report-chart" aria-labelledby="heatmap-title">
      <figcaption>
        <h3 id="heatmap-title">{t("heatmapHeading")}</h3>
        <p className="muted">{t("heatmapDescription")}</p>
      </figcaption>
      <ScrollRegion label={t("heatmapHeading")} className="report-chart__scroll">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="img"
          aria-label={t("heatmapSummary", { students: masteryGrid.length, facts: facts.length })}
          className="report-chart__svg"
        >
          {facts.map((fact, f) => (
            <text
              key={fact.factId}
              x={NAME_WIDTH + f * CELL.width + (CELL.width - 2) / 2}
              y={HEADER_HEIGHT - 6}
              textAnchor="middle"
              className="report-chart__axis"
            >
              {f + 1}
            </text>
          ))}
          {masteryGrid.map((row, r) => (
            <text
              key={row.studentId}
              x={NAME_WIDTH - 6}
              y={HEADER_HEIGHT + r * CELL.height + CELL.height / 2 + 3}
              textAnchor="end"
              className="report-chart__axis"
            >
              {row.name.length > 12 ? `${row.name.slice(0, 11)}…` : row.name}
            </text>
          ))}
          {paths.map((d, index) =>
            d ? <path key={BANDS[index] ?? NOT_ASKED} d={d} fill={BANDS[index] ?? NOT_ASKED} /> : null,
          )}
        </svg>
      </ScrollRegion>
      <ul className="report-chart__legend" aria-label={t("legend")}>
        {BANDS.map((colour, index) => (
          <li key={colour}>
            <span className="report-chart__swatch" style={{ background: colour }} aria-hidden="true" />
            {index * 20}–{index === 4 ? 100 : index * 20 + 19}%
          </li>
        ))}
        <li>
          <span className="report-chart__swatch" style={{ background: NOT_ASKED }} aria-hidden="true" />
          {t("notAsked")}
        </li>
      </ul>
      <p className="report-chart__data">
        <Link href={tableHref}>{t("heatmapTable")}</Link>
      </p>
    </figure>
  );
}
