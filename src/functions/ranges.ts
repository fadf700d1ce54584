/**
 * Ranges as Excel hands them to a function: where they start on the sheet, and their values as a table
 * whose rows keep their worksheet row numbers. A whole-column range (Ledger!A:C) comes as every row of
 * the sheet; the blank rows and columns past the data are no part of it.
 */
import { isBlank, type Cell } from "../core/cell";
import { splitResultColumns, type SplitTable } from "../core/reconcileInput";
import { columnIndex, tableFromRows } from "../core/table";
import { invalidValue } from "./errors";

/** Rows a side may have: the engine copes with more, but a function call must answer in seconds. */
export const MAX_INPUT_ROWS = 200_000;

/** Excel's values of a range: rows of plain values. */
export type RangeValues = readonly (readonly unknown[])[];

function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

const blank = (v: unknown): boolean => isBlank(toCell(v));

/**
 * Where a range starts: "Sheet1!B4:F20", "'My sheet'!$B$4", a whole column "Ledger!A:C" (row 1) or whole
 * rows "Ledger!3:10" (column A). Row 1-based, column 0-based; null where the address does not say.
 */
export function rangeStart(address: string | undefined): { row: number | null; column: number | null } {
  const unknown = { row: null, column: null };
  if (!address) return unknown;
  const [first, ...rest] = address.slice(address.lastIndexOf("!") + 1).split(":");
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(first ?? "");
  if (!m || (m[1] === undefined && m[2] === undefined)) return unknown;
  // A lone column or row is no range: "ABC" is a name, not column ABC.
  if ((m[1] === undefined || m[2] === undefined) && rest.length === 0) return unknown;
  return {
    row: m[2] === undefined ? 1 : Number(m[2]),
    column: m[1] === undefined ? 0 : columnIndex(m[1].toUpperCase()),
  };
}

/** The Excel row of a range's first row; null if unknown. */
export function firstRowOf(address: string | undefined): number | null {
  return rangeStart(address).row;
}

/**
 * The values without the blank rows after the last row holding a value, nor the blank columns right of
 * the last column holding one (the header row is always kept). Blank rows within the data stay.
 */
export function withoutTrailingBlanks<T extends RangeValues>(values: T): T {
  if (!Array.isArray(values) || values.length === 0) return values;
  let end = values.length;
  while (end > 1) {
    const row = values[end - 1];
    if (Array.isArray(row) && !row.every(blank)) break;
    end--;
  }
  const rows = end === values.length ? values : values.slice(0, end);
  let width = 0;
  let widest = 0;
  for (const row of rows) {
    if (!Array.isArray(row)) return rows as T;
    widest = Math.max(widest, row.length);
    for (let c = row.length - 1; c >= width; c--)
      if (!blank(row[c])) {
        width = c + 1;
        break;
      }
  }
  return (width === widest ? rows : rows.map((r) => r.slice(0, width))) as T;
}

/** A range (trailing blanks already dropped) as a table, our result columns (an earlier Apply's) split off. */
export function tableOf(name: string, values: RangeValues, address: string | undefined): SplitTable {
  if (!Array.isArray(values) || values.length < 1 || !Array.isArray(values[0]))
    throw invalidValue(`${name}: give a range whose first row holds the headers.`);
  const [head, ...body] = values;
  if (body.length > MAX_INPUT_ROWS)
    throw invalidValue(
      `${name} has ${body.length} rows; at most ${MAX_INPUT_ROWS} fit a worksheet function.`,
    );
  const start = rangeStart(address);
  const first = start.row;
  // Blank rows within the data are left out; the others keep their row numbers.
  const records: Cell[][] = [];
  const rows: number[] = [];
  body.forEach((r, i) => {
    const cells = (Array.isArray(r) ? r : []).map(toCell);
    if (!cells.some((c) => c !== null)) return;
    records.push(cells);
    rows.push(first === null ? i + 1 : first + 1 + i);
  });
  return splitResultColumns(
    tableFromRows({
      name,
      sheet: name,
      headers: (head ?? []).map((h) => (h === null || h === undefined ? "" : String(h))),
      records,
      rows,
      headerRow: first ?? 0,
      firstColumn: start.column ?? 0,
    }),
  );
}
