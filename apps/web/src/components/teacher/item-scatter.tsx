import { getTranslations } from "next-intl/server";
import type { QuestionRow } from "@/server/teacher/report-statistics";
import "@/app/teacher.css";

const WIDTH = 420;
const HEIGHT = 300;
const PAD = { top: 12, right: 12, bottom: 40, left: 48 };
/** The usual rules of thumb for reading item statistics; display only, the numbers come from the report. */
const TOO_EASY = 0.9;
const TOO_HARD = 0.2;
const DISCRIMINATING = 0.2;

/** Facility (x) against discrimination index (y) per question, with the regions teachers act on. */
export async function ItemScatter({
  questions,
  isIndicative,
}: {
  questions: readonly QuestionRow[];
  isIndicative: boolean;
}) {
  const t = await getTranslations("teacher.report");
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (facility: number) => PAD.left + facility * plotWidth;
  const y = (discrimination: number) => PAD.top + ((1 - discrimination) / 2) * plotHeight;
  const plotted = questions.filter(
    (question) => question.facility !== null && question.discriminationIndex !== null,
  );
  const count = (test: (question: QuestionRow) => boolean) => plotted.filter(test).length;
  const summary = t("scatterSummary", {
    count: plotted.length,
    easy: count((question) => question.facility! >= TOO_EASY),
    hard: count((question) => question.facility! <= TOO_HARD),
    flat: count((question) => question.discriminationIndex! < DISCRIMINATING),
  });
  return (
    <figure className="report-chart" aria-labelledby="scatter-title">
      <figcaption>
        <h3 id="scatter-title">{t("scatterHeading")}</h3>
        <p className="muted">{t("scatterDescription")}</p>
      </figcaption>
      <div className="report-chart__frame">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width={WIDTH}
          height={HEIGHT}
          role="img"
          aria-label={summary}
          className="report-chart__svg"
        >
          <rect
            x={x(0)}
            y={y(DISCRIMINATING)}
            width={plotWidth}
            height={y(-1) - y(DISCRIMINATING)}
            className="report-chart__region"
          />
          <rect
            x={x(0)}
            y={y(1)}
            width={x(TOO_HARD) - x(0)}
            height={plotHeight}
            className="report-chart__region"
          />
          <rect
            x={x(TOO_EASY)}
            y={y(1)}
            width={x(1) - x(TOO_EASY)}
            height={plotHeight}
            className="report-chart__region"
          />
          <text x={x(TOO_HARD / 2)} y={y(1) + 14} textAnchor="middle" className="report-chart__axis">
            {t("regionHard")}
          </text>
          <text x={x((1 + TOO_EASY) / 2)} y={y(1) + 14} textAnchor="middle" className="report-chart__axis">
            {t("regionEasy")}
          </text>
          <text x={x(0.55)} y={y(-1) - 8} textAnchor="middle" className="report-chart__axis">
            {t("regionFlat")}
          </text>
          {[-1, -0.5, 0, 0.5, 1].map((level) => (
            <g key={level}>
              <line x1={x(0)} x2={x(1)} y1={y(level)} y2={y(level)} className="report-chart__grid" />
              <text x={PAD.left - 6} y={y(level) + 4} textAnchor="end" className="report-chart__axis">
                {level.toFixed(1)}
              </text>
            </g>
          ))}
          {[0, 0.25, 0.5, 0.75, 1].map((level) => (
            <text key={level} x={x(level)} y={HEIGHT - 24} textAnchor="middle" className="report-chart__axis">
              {Math.round(level * 100)}%
            </text>
          ))}
          <text x={x(0.5)} y={HEIGHT - 6} textAnchor="middle" className="report-chart__axis">
            {t("facility")}
          </text>
          <text
            x={12}
            y={y(0)}
            textAnchor="middle"
            transform={`rotate(-90 12 ${y(0)})`}
            className="report-chart__axis"
          >
            {t("discriminationIndex")}
          </text>
          {plotted.map((question) => (
            <g
              key={question.questionId}
              className={
                isIndicative ? "report-chart__point report-chart__point--indicative" : "report-chart__point"
              }
            >
              <circle cx={x(question.facility!)} cy={y(question.discriminationIndex!)} r={9} />
              <text x={x(question.facility!)} y={y(question.discriminationIndex!) + 4} textAnchor="middle">
                {question.number}
              </text>
            </g>
          ))}
        </svg>
      </div>
      {plotted.length < questions.length && (
        <p className="muted">{t("scatterMissing", { count: questions.length - plotted.length })}</p>
      )}
      {isIndicative && <p className="muted">{t("tooFewStudents")}</p>}
    </figure>
  );
}
