import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import type { WeekAccuracy } from "@/server/progress/study-activity";
import "@/app/progress.css";

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 16, right: 16, bottom: 36, left: 44 };
const GRID = [0, 0.25, 0.5, 0.75, 1];

/**
 * Weekly accuracy as a line over fixed-size SVG (no layout shift), with the same figures in a table.
 * Weeks without finished quizzes break the line instead of dropping to zero.
 */
export async function AccuracyChart({ weeks }: { weeks: readonly WeekAccuracy[] }) {
  const t = await getTranslations("progress.chart");
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) =>
    PAD.left + (weeks.length <= 1 ? plotWidth / 2 : (index * plotWidth) / (weeks.length - 1));
  const y = (accuracy: number) => PAD.top + (1 - accuracy) * plotHeight;
  const segments: string[] = [];
  let current = "";
  weeks.forEach((week, index) => {
    if (week.accuracy === null) {
      if (current) segments.push(current);
      current = "";
      return;
    }
    current += `${current ? "L" : "M"}${x(index).toFixed(1)},${y(week.accuracy).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const recorded = weeks.filter((week) => week.accuracy !== null);
  const latest = recorded.at(-1);
  const summary =
    recorded.length === 0
      ? t("summaryNone")
      : t("summary", {
          weeks: recorded.length,
          latest: latest ? `${Math.round(latest.accuracy! * 100)}%` : t("latestNone"),
        });
  const label = (week: WeekAccuracy) =>
    t("weekRange", { from: shortDay(week.firstDay), to: shortDay(week.lastDay) });

  return (
    <figure className="progress-chart" aria-labelledby="accuracy-chart-title">
      <figcaption>
        <h3 id="accuracy-chart-title">{t("title")}</h3>
        <p className="muted">{t("description")}</p>
      </figcaption>
      <div className="progress-chart__frame">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width={WIDTH}
          height={HEIGHT}
          role="img"
          aria-label={summary}
          className="progress-chart__svg"
        >
          {GRID.map((level) => (
            <g key={level}>
              <line
                x1={PAD.left}
                x2={WIDTH - PAD.right}
                y1={y(level)}
                y2={y(level)}
                className="progress-chart__grid"
              />
              <text x={PAD.left - 8} y={y(level) + 4} textAnchor="end" className="progress-chart__axis">
                {Math.round(level * 100)}%
              </text>
            </g>
          ))}
          {weeks.map((week, index) =>
            index % 2 === weeks.length % 2 || index === weeks.length - 1 ? (
              <text
                key={week.lastDay}
                x={x(index)}
                y={HEIGHT - 12}
                textAnchor="middle"
                className="progress-chart__axis"
              >
                {shortDay(week.lastDay)}
              </text>
            ) : null,
          )}
          {segments.map((path) => (
            <path key={path} d={path} className="progress-chart__line" />
          ))}
          {weeks.map((week, index) =>
            week.accuracy === null ? null : (
              <circle
                key={week.lastDay}
                cx={x(index)}
                cy={y(week.accuracy)}
                r={4}
                className="progress-chart__point"
              />
            ),
          )}
        </svg>
      </div>
      <details className="progress-chart__data">
        <summary>{t("tableToggle")}</summary>
        <DataTable
          caption={t("caption")}
          className="progress-table"
          rows={weeks}
          rowKey={(week) => week.lastDay}
          columns={[
            { key: "week", header: t("week"), isRowHeader: true, cell: label },
            { key: "answered", header: t("answered"), isNumeric: true, cell: (week) => week.answered },
            {
              key: "accuracy",
              header: t("accuracy"),
              isNumeric: true,
              cell: (week) => (week.accuracy === null ? t("none") : `${Math.round(week.accuracy * 100)}%`),
            },
          ]}
        />
      </details>
    </figure>
  );
}

/** "2026-03-02" → "3/2": the same in Japanese and English, and short enough for an axis. */
function shortDay(dayKey: string): string {
  const [, month, day] = dayKey.split("-").map(Number);
  return `${month}/${day}`;
}
