import type { TimelineEntry } from "@jiji/content/server";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { localized } from "@/lib/localized";
import "./timeline.css";

const ROW = 22;
const LINE_CHARS = 17;
const AXIS_X = 104;

/** Japanese labels do not wrap inside SVG: cut them into lines of a fixed number of characters. */
function wrapLabel(label: string): string[] {
  const lines: string[] = [];
  for (let at = 0; at < label.length; at += LINE_CHARS) lines.push(label.slice(at, at + LINE_CHARS));
  return lines;
}

/**
 * Dated facts as a vertical SVG timeline (phones have height, not width): each point is a link to its sentence,
 * so the chart is keyboard reachable, and the same entries follow as a table for screen readers and print.
 */
export async function TimelineChart({
  entries,
  title,
  articleTitles,
}: {
  entries: readonly TimelineEntry[];
  title: string;
  /** Set for a timeline across articles: the table then names each entry's article. */
  articleTitles?: ReadonlyMap<string, string>;
}) {
  const t = await getTranslations("reading.timeline");
  if (entries.length === 0) return null;
  let y = 16;
  const rows = entries.map((entry) => {
    const lines = wrapLabel(localized(entry.label, "ja"));
    const row = { entry, lines, y };
    y += Math.max(lines.length, 2) * ROW + 10;
    return row;
  });
  const height = y;
  return (
    <figure className="timeline">
      <svg
        viewBox={`0 0 400 ${height}`}
        className="timeline__chart"
        aria-label={t("chartLabel", { title, count: entries.length })}
        lang="ja"
      >
        <line x1={AXIS_X} y1={8} x2={AXIS_X} y2={height - 8} className="timeline__axis" />
        {rows.map(({ entry, lines, y: rowY }) => {
          const dateLabel = `${entry.dateJa}${entry.isInferred ? `(${t("inferred")})` : ""}`;
          return (
            <a
              key={`${entry.articleSlug}/${entry.factId}`}
              href={`/articles/${entry.articleSlug}#sentence-${entry.factId}`}
              className="timeline__entry"
              aria-label={`${dateLabel} ${localized(entry.label, "ja")}`}
            >
              <text x={AXIS_X - 12} y={rowY + 5} textAnchor="end" className="timeline__date">
                {entry.dateJa}
              </text>
              {entry.isInferred && (
                <text x={AXIS_X - 12} y={rowY + 5 + ROW} textAnchor="end" className="timeline__note">
                  ({t("inferred")})
                </text>
              )}
              <circle
                cx={AXIS_X}
                cy={rowY}
                r={7}
                className={entry.isAssessment ? "timeline__dot timeline__dot--assessment" : "timeline__dot"}
              />
              {lines.map((line, index) => (
                <text key={index} x={AXIS_X + 16} y={rowY + 5 + index * ROW} className="timeline__label">
                  {line}
                </text>
              ))}
            </a>
          );
        })}
      </svg>
      <details className="timeline__table">
        <summary>{t("table")}</summary>
        <DataTable
          caption={title}
          rows={entries}
          rowKey={(entry) => `${entry.articleSlug}/${entry.factId}`}
          columns={[
            {
              key: "date",
              header: t("date"),
              cell: (entry) => (
                <span lang="ja">
                  {entry.dateJa}
                  {entry.isInferred && `(${t("inferred")})`}
                </span>
              ),
            },
            {
              key: "event",
              header: t("event"),
              cell: (entry) => (
                <a href={`/articles/${entry.articleSlug}#sentence-${entry.factId}`} lang="ja">
                  {localized(entry.label, "ja")}
                </a>
              ),
            },
            ...(articleTitles
              ? [
                  {
                    key: "article",
                    header: t("article"),
                    cell: (entry: TimelineEntry) => (
                      <span lang="ja">{articleTitles.get(entry.articleSlug)}</span>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </details>
    </figure>
  );
}
