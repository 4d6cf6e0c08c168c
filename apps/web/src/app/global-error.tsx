"use client";

/** Last resort when the layout itself fails: no i18n provider here, so both languages side by side. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="ja">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          maxWidth: "36rem",
          margin: "3rem auto",
          padding: "0 1rem",
        }}
      >
        <h1>エラーが発生しました / Something went wrong</h1>
        <p>時間をおいてもう一度お試しください。/ Please try again in a moment.</p>
        {error.digest && (
          <p>
            エラーID / Reference: <code>{error.digest}</code>
          </p>
        )}
        <a href="/">ホームへ戻る / Back to home</a>
      </body>
    </html>
  );
}
