/**
 * A read-only view of the memory workbook for the browser demo: the sheets, a window of cells with the
 * text a user would see, their fills and notes, the tables and the selected cell. Text only: the task
 * pane renders it with React, never as HTML.
 */
import { isCellError } from "../../core/cell";
import { serialToIsoDateTime } from "../../core/dates";
import { cellA1, formatArea, lastCol, lastRow, type Area } from "../address";
import { cellKey, type MemCell, type MemoryWorkbook } from "./model";

export interface SheetCellView {
  readonly address: string;
  readonly row: number;
  readonly col: number;
  /** What Excel would show in the cell. */
  readonly text: string;
  readonly kind: "text" | "number" | "boolean" | "error" | "formula" | "empty";
  readonly fill: string | null;
  readonly bold: boolean;
  readonly note: string | null;
}

export interface SheetGridView {
  readonly sheet: string;
  /** Excel row of the first shown row and 0-based index of the first shown column. */
  readonly firstRow: number;
  readonly firstCol: number;
  /** rows[i][j]: the cell at (firstRow + i, firstCol + j). */
  readonly rows: readonly (readonly SheetCellView[])[];
  /** The sheet holds more than the window shows. */
  readonly truncated: boolean;
  readonly tables: readonly { readonly name: string; readonly address: string }[];
  /** The selected cell when it is on this sheet (set by selectCell). */
  readonly selected: string | null;
}

export interface SheetListing {
  readonly name: string;
  readonly hidden: boolean;
  /** A1 address of the used range, or null for an empty sheet. */
  readonly used: string | null;
}

export function listSheets(wb: MemoryWorkbook): SheetListing[] {
  return wb.sheets.map((s) => {
    const used = s.used();
    return { name: s.name, hidden: s.hidden, used: used ? formatArea(used) : null };
  });
}

/** What a date-formatted serial shows: the date, plus hours and minutes when the format has them. */
function serialText(serial: number, format: string, date1904: boolean): string {
  const iso = serialToIsoDateTime(serial, date1904 ? 1904 : 1900);
  if (iso === null) return String(serial);
  return /h/i.test(format) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
}

function numberText(v: number, format: string, date1904: boolean): string {
  if (/y|d{1,2}[^"]*m|m[^"]*d/i.test(format) && !format.includes("#")) return serialText(v, format, date1904);
  if (format.endsWith("%")) {
    const decimals = (/\.(0+)%/.exec(format)?.[1] ?? "").length;
    return `${(v * 100).toFixed(decimals)}%`;
  }
  const fixed = /0\.(0+)/.exec(format);
  if (fixed) {
    const s = v.toFixed(fixed[1]?.length ?? 0);
    return format.includes(",") ? groupThousands(s) : s;
  }
  return String(v);
}

function groupThousands(s: string): string {
  const [int = "", frac] = s.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${grouped}${frac !== undefined ? `.${frac}` : ""}`;
}

function viewCell(
  row: number,
  col: number,
  c: MemCell | undefined,
  note: string | null,
  date1904: boolean,
): SheetCellView {
  const v = c?.value ?? null;
  let text = "";
  let kind: SheetCellView["kind"] = "empty";
  if (v !== null) {
    if (isCellError(v)) {
      text = v.code;
      kind = "error";
    } else if (typeof v === "number") {
      text = numberText(v, c?.format ?? "General", date1904);
      kind = "number";
    } else if (typeof v === "boolean") {
      text = v ? "TRUE" : "FALSE";
      kind = "boolean";
    } else {
      text = v;
      kind = "text";
    }
  }
  if (c?.formula) kind = "formula";
  return {
    address: cellA1(row, col),
    row,
    col,
    text,
    kind,
    fill: c?.fill ?? null,
    bold: c?.bold ?? false,
    note,
  };
}

/** A window of the sheet (from its top-left used cell), at most maxRows x maxCols. */
export function viewSheet(
  wb: MemoryWorkbook,
  sheet: string,
  opts: { maxRows?: number; maxCols?: number } = {},
): SheetGridView {
  const s = wb.mustSheet(sheet);
  const used: Area = s.used() ?? { row: 1, col: 0, rows: 1, cols: 1 };
  const first: Area = { row: 1, col: 0, rows: lastRow(used), cols: lastCol(used) + 1 };
  const rowsShown = Math.min(first.rows, opts.maxRows ?? 200);
  const colsShown = Math.min(first.cols, opts.maxCols ?? 30);
  const rows: SheetCellView[][] = [];
  for (let r = first.row; r < first.row + rowsShown; r++) {
    const line: SheetCellView[] = [];
    for (let c = first.col; c < first.col + colsShown; c++)
      line.push(viewCell(r, c, s.get(r, c), s.notes.get(cellKey(r, c)) ?? null, wb.date1904));
    rows.push(line);
  }
  const sel =
    wb.selection && wb.selection.sheet.toLowerCase() === s.name.toLowerCase() ? wb.selection.address : null;
  return {
    sheet: s.name,
    firstRow: first.row,
    firstCol: first.col,
    rows,
    truncated: rowsShown < first.rows || colsShown < first.cols,
    tables: wb.tables
      .filter((t) => t.sheet === s)
      .map((t) => ({ name: t.name, address: formatArea(t.area) })),
    selected: sel,
  };
}

/** The selected cell, wherever it is. */
export function selectedCell(wb: MemoryWorkbook): { sheet: string; address: string } | null {
  return wb.selection;
}
