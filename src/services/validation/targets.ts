/**
 * Where an issue points in the workbook: its cell when the engine gave one, else the cell of its row in
 * its column, else the row's first cell (row-level findings such as a repeated key). Table-level findings
 * (a missing header, a bad rule) point at no cell: they are reported, not marked.
 */
import type { Issue } from "../../core/issues";
import { columnLetter, type TableData } from "../../core/table";

export interface CellTarget {
  readonly sheet: string;
  /** A1 address of one cell. */
  readonly address: string;
}

type Geometry = Pick<TableData, "sheet" | "headers" | "firstColumn" | "headerRow">;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function columnOf(table: Geometry, header: string | undefined): number {
  if (header === undefined) return -1;
  const key = header.trim().toLowerCase();
  return table.headers.findIndex((h) => h.trim().toLowerCase() === key);
}

/** The cell an issue concerns, or null for a finding about the whole table. */
export function issueCell(issue: Issue, table: Geometry): CellTarget | null {
  const sheet = issue.sheet ?? table.sheet;
  if (issue.address !== undefined) {
    const m = CELL.exec(issue.address.trim());
    if (m) return { sheet, address: `${(m[1] as string).toUpperCase()}${m[2] as string}` };
  }
  if (issue.row === undefined) return null;
  const c = Math.max(0, columnOf(table, issue.column));
  return { sheet, address: `${columnLetter(table.firstColumn + c)}${issue.row}` };
}

/** Where selecting an issue goes: its cell, or the table's first header cell for a table-level finding. */
export function selectionCell(issue: Issue, table: Geometry): CellTarget {
  return (
    issueCell(issue, table) ?? {
      sheet: table.sheet,
      address: `${columnLetter(table.firstColumn + Math.max(0, columnOf(table, issue.column)))}${table.headerRow}`,
    }
  );
}

export { bareMessage } from "../../core/issues";
