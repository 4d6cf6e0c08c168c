import type { ReactNode } from "react";
import { ScrollRegion } from "./scroll-region";

/** One column of a DataTable: its header, how a row's cell reads, and how the cell is marked up. */
export type DataColumn<Row> = {
  /** Unique within the table: the React key of the header and of each row's cell. */
  key: string;
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** Figures: header and cells aligned to the end, in tabular digits, so a column of numbers lines up. */
  isNumeric?: boolean;
  /** The cell that names its row (`<th scope="row">`): screen readers announce it with every other cell. */
  isRowHeader?: boolean;
  /** A class on the header and on every cell of the column. */
  className?: string;
  /** A class on one row's cell only (an indented sub-row's header, say). */
  cellClassName?: (row: Row) => string | undefined;
};

type RowSource<Row> =
  /** The rows of the one body. */
  | { rows: readonly Row[]; rowGroups?: never }
  /** Rows in groups, one `<tbody>` each (an article and its sections). */
  | { rows?: never; rowGroups: readonly { key: string; rows: readonly Row[] }[] };

type DataTableProps<Row> = RowSource<Row> & {
  /** The table's accessible name (what `getByRole("table", { name })` finds) and, by default, its scroll region's. */
  caption: string;
  columns: readonly DataColumn<Row>[];
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
  /** The look of the table: "teacher-table", "progress-table", "editor-table"… */
  className?: string;
  /**
   * A table wider than a phone scrolls sideways inside a named region that takes focus, so a keyboard can scroll it
   * too; `className` styles that region ("table-scroll" unless given).
   */
  scroll?: boolean | { className?: string; label?: string };
  testId?: string;
};

const cellClass = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ") || undefined;

/**
 * Every data table of the app: caption, one header row of column headers, and typed rows. A server component with
 * no state, so it renders inside any page or chart's fallback table.
 */
export function DataTable<Row>({
  caption,
  columns,
  rowKey,
  rowClassName,
  className,
  scroll = false,
  testId,
  ...source
}: DataTableProps<Row>) {
  const body = (rows: readonly Row[], key?: string) => (
    <tbody key={key}>
      {rows.map((row, index) => (
        <tr key={rowKey(row)} className={rowClassName?.(row)}>
          {columns.map((column) => {
            const classes = cellClass(
              column.isNumeric && "data-table__num",
              column.className,
              column.cellClassName?.(row),
            );
            return column.isRowHeader ? (
              <th key={column.key} scope="row" className={classes}>
                {column.cell(row, index)}
              </th>
            ) : (
              <td key={column.key} className={classes}>
                {column.cell(row, index)}
              </td>
            );
          })}
        </tr>
      ))}
    </tbody>
  );
  const table = (
    <table className={cellClass("data-table", className)} data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              className={cellClass(column.isNumeric && "data-table__num", column.className)}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      {source.rowGroups ? source.rowGroups.map((group) => body(group.rows, group.key)) : body(source.rows)}
    </table>
  );
  if (!scroll) return table;
  const region = scroll === true ? {} : scroll;
  return (
    <ScrollRegion label={region.label ?? caption} className={region.className ?? "table-scroll"}>
      {table}
    </ScrollRegion>
  );
}
