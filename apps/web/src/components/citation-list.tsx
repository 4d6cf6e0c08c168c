import type { Citation } from "@jiji/content";

/** Where a question's answer comes from: publisher, date and a link when the source has one. */
export function CitationList({ citations }: { citations: readonly Citation[] }) {
  return (
    <>
      {citations.map((citation) => (
        <span key={citation.sourceId} className="citation">
          {citation.publisher}({citation.publishedDateAsWritten ?? citation.publishedDate ?? "—"})
          {citation.url && (
            <>
              {" "}
              <a href={citation.url} target="_blank" rel="noopener noreferrer">
                {new URL(citation.url).hostname}
              </a>
            </>
          )}
        </span>
      ))}
    </>
  );
}
