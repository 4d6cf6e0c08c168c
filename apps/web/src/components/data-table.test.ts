import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type DataColumn, DataTable } from "./data-table";

type Row = { id: string; name: string; score: number };
const columns: DataColumn<Row>[] = [
  { key: "name", header: "Name", isRowHeader: true, cell: (row) => row.name },
  { key: "score", header: "Score", isNumeric: true, cell: (row) => row.score },
  { key: "rank", header: "Rank", cell: (_row, index) => index + 1 },
];
const rows: Row[] = [
  { id: "a", name: "Aiko", score: 80 },
  { id: "b", name: "Ben", score: 65 },
];
const render = (props: Parameters<typeof DataTable<Row>>[0]) =>
  renderToStaticMarkup(createElement(DataTable<Row>, props));

describe("DataTable", () => {
  it("writes caption, column headers and one row per item, the naming cell as a row header", () => {
    const html = render({
      caption: "Scores",
      columns,
      rows,
      rowKey: (row) => row.id,
      className: "teacher-table",
    });
    expect(html).toBe(
      '<table class="data-table teacher-table"><caption>Scores</caption><thead><tr>' +
        '<th scope="col">Name</th><th scope="col" class="data-table__num">Score</th><th scope="col">Rank</th>' +
        "</tr></thead><tbody>" +
        '<tr><th scope="row">Aiko</th><td class="data-table__num">80</td><td>1</td></tr>' +
        '<tr><th scope="row">Ben</th><td class="data-table__num">65</td><td>2</td></tr>' +
        "</tbody></table>",
    );
  });

  it("puts a wide table in a focusable region named by its caption", () => {
    const html = render({ caption: "Scores", columns, rows, rowKey: (row) => row.id, scroll: true });
    expect(html).toMatch(/^<section aria-label="Scores" tabindex="0" class="table-scroll"><table/);
    const styled = render({
      caption: "Scores",
      columns,
      rows,
      rowKey: (row) => row.id,
      scroll: { className: "x" },
    });
    expect(styled).toMatch(/^<section aria-label="Scores" tabindex="0" class="x">/);
  });

  it("writes one body per row group, with row and cell classes", () => {
    const html = render({
      caption: "Groups",
      columns: [{ ...columns[0]!, cellClassName: (row) => (row.score < 70 ? "low" : undefined) }],
      rowGroups: [
        { key: "1", rows: [rows[0]!] },
        { key: "2", rows: [rows[1]!] },
      ],
      rowKey: (row) => row.id,
      rowClassName: (row) => `row-${row.id}`,
      testId: "groups",
    });
    expect(html.match(/<tbody>/g)).toHaveLength(2);
    expect(html).toContain('data-testid="groups"');
    expect(html).toContain('<tr class="row-b"><th scope="row" class="low">Ben</th></tr>');
  });
});
