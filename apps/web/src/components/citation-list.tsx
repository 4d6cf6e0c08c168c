import type { Citation } from "@jiji/content";

/** Where a question's answer comes from: publisher, the headline when it is known, the date and a link. */
export function CitationList({ citations }: { citations: readonly Citation[] }) {
  return (
    <>
      {citations.map((citation) => (
        <span key={citation.sourceId} className="citation">
          {citation.publisher}
          {citation.title && `「${citation.title}」`}
          {(citation.publishedDateAsWritten ?? citation.publishedDate) &&
            `(${citation.publishedDateAsWritten ?? citation.publishedDate})`}
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
