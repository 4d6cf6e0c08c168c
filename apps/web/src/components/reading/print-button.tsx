"use client";

/** Opens the browser's print dialog; the sheet's own print CSS lays out the A4 pages. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button--primary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
