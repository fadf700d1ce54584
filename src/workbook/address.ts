/**
 * A1 addresses for the workbook layer: parse and format cells, areas and sheet-qualified references.
 * Rows are Excel row numbers (1-based); columns are 0-based indexes, as in core's TableData.
 */
import { columnIndex, columnLetter } from "../core/table";
import { quoteSheet } from "../core/issues/location";

/** The last row and column Excel allows (1,048,576 rows; XFD = 16,384 columns). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells: first row as Excel numbers it, first column 0-based. */
export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses "B12" (with or without `$`) into {row: 12, col: 1}. */
export function parseCell(a1: string): { row: number; col: number } {
  const m = CELL.exec(a1.trim());
  if (!m) throw new RangeError(`Not a cell address: "${a1}"`);
  const row = Number(m[2]);
  const col = columnIndex(m[1] as string);
  if (row < 1 || row > MAX_ROWS || col >= MAX_COLUMNS) throw new RangeError(`Cell out of the sheet: "${a1}"`);
  return { row, col };
}

/** Parses "A1:F200" or "C5" (a single cell) into an area. Whole columns/rows are not accepted. */
export function parseArea(address: string): Area {
  const parts = address.trim().split(":");
  if (parts.length > 2 || parts.length === 0) throw new RangeError(`Not a range address: "${address}"`);
  const a = parseCell(parts[0] as string);
  const b = parts.length === 2 ? parseCell(parts[1] as string) : a;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

export function cellA1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "A1:F200", or "C5" for a single cell. */
export function formatArea(area: Area): string {
  const first = cellA1(area.row, area.col);
  if (area.rows === 1 && area.cols === 1) return first;
  return `${first}:${cellA1(area.row + area.rows - 1, area.col + area.cols - 1)}`;
}

/** Splits "'My Sheet'!A1:B2" or "Sheet1!A1" into sheet and address; a bare address has no sheet. */
export function splitSheetAddress(ref: string): { sheet?: string; address: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { address: ref };
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheet, address: ref.slice(bang + 1) };
}

/** "'My Sheet'!A1:B2": quoted as Excel writes it. */
export function qualify(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

export function lastRow(a: Area): number {
  return a.row + a.rows - 1;
}

export function lastCol(a: Area): number {
  return a.col + a.cols - 1;
}

export function areasIntersect(a: Area, b: Area): boolean {
  return a.row <= lastRow(b) && b.row <= lastRow(a) && a.col <= lastCol(b) && b.col <= lastCol(a);
}

export function areaContains(outer: Area, inner: Area): boolean {
  return (
    inner.row >= outer.row &&
    lastRow(inner) <= lastRow(outer) &&
    inner.col >= outer.col &&
    lastCol(inner) <= lastCol(outer)
  );
}

/** The smallest area covering both. */
export function unionArea(a: Area, b: Area): Area {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return {
    row,
    col,
    rows: Math.max(lastRow(a), lastRow(b)) - row + 1,
    cols: Math.max(lastCol(a), lastCol(b)) - col + 1,
  };
}

/** Rows [from, from+count) of an area, clipped to it. */
export function areaRows(a: Area, offset: number, count: number): Area {
  const rows = Math.max(0, Math.min(count, a.rows - offset));
  return { row: a.row + offset, col: a.col, rows, cols: a.cols };
}

export function areaCells(a: Area): number {
  return a.rows * a.cols;
}

/** Whether the area fits on a sheet. */
export function areaFits(a: Area): boolean {
  return (
    a.row >= 1 &&
    a.col >= 0 &&
    a.rows >= 1 &&
    a.cols >= 1 &&
    lastRow(a) <= MAX_ROWS &&
    lastCol(a) < MAX_COLUMNS
  );
}
