/** Where a cell of a side's table stands, as an issue names it. */
import type { IssueLocation } from "../issues";
import { columnLetter, type TableData } from "../table";

/** The cell of Excel row `row` in the table's column c (0-based): sheet, table, row, its header and address. */
export function cellLocation(table: TableData, row: number, c: number): IssueLocation {
  return {
    sheet: table.sheet,
    table: table.name,
    row,
    column: table.headers[c] ?? "",
    address: `${columnLetter(table.firstColumn + c)}${row}`,
  };
}
