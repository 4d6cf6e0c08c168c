import type { MasteryCounts } from "@/server/progress/mastery";
import "@/app/progress.css";

const SHOWN = ["mastered", "familiar", "learning", "not-started"] as const;

/** A stacked bar of fact counts per level; decorative, since the table row beside it has the numbers. */
export function MasteryBar({ counts }: { counts: MasteryCounts }) {
  return (
    <div className="mastery-bar" aria-hidden="true">
      {SHOWN.map((level) =>
        counts[level] > 0 ? (
          <span
            key={level}
            className={`mastery-bar__part mastery-bar__part--${level}`}
            style={{ flexGrow: counts[level] }}
          />
        ) : null,
      )}
    </div>
  );
}
