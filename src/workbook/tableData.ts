/**
 * Builds core TableData from what a reader found (headers, column-wise cells, row numbers and the facts
 * of hazard 6), and TableInfo for listings; shared by the office and memory readers.
 */
import type { Cell } from "../core/cell";
import type { Issue } from "../core/issues";
import type { FileBalanceLines, TableData, TableNotes } from "../core/table";
import { formatArea, type Area } from "./address";
import type { TableInfo } from "./port";

export interface TableFacts {
  readonly hiddenRows: readonly number[];
  readonly totalsRow: number | null;
  readonly mergedAreas: readonly string[];
  readonly raggedRows?: readonly { readonly row: number; readonly cells: number }[];
  readonly guessedEncoding?: string;
  readonly sourceIssues?: readonly Issue[];
  readonly fileBalances?: FileBalanceLines;
}

export function tableNotes(f: TableFacts): TableNotes | undefined {
  const notes: {
    hiddenRows?: number[];
    totalsRow?: number;
    mergedAreas?: string[];
    raggedRows?: { row: number; cells: number }[];
    guessedEncoding?: string;
    sourceIssues?: Issue[];
    fileBalances?: FileBalanceLines;
  } = {};
  if (f.hiddenRows.length > 0) notes.hiddenRows = [...f.hiddenRows];
  if (f.totalsRow !== null) notes.totalsRow = f.totalsRow;
  if (f.mergedAreas.length > 0) notes.mergedAreas = [...f.mergedAreas];
  if (f.raggedRows && f.raggedRows.length > 0) notes.raggedRows = f.raggedRows.map((r) => ({ ...r }));
  if (f.guessedEncoding !== undefined) notes.guessedEncoding = f.guessedEncoding;
  if (f.sourceIssues && f.sourceIssues.length > 0) notes.sourceIssues = [...f.sourceIssues];
  if (f.fileBalances !== undefined) notes.fileBalances = f.fileBalances;
  return Object.keys(notes).length > 0 ? notes : undefined;
}

export function buildTableData(args: {
  name: string;
  sheet: string;
  headers: readonly string[];
  columns: Cell[][];
  /** Excel row of the header; records follow it row by row. */
  headerRow: number;
  recordCount: number;
  firstColumn: number;
  facts: TableFacts;
}): TableData {
  const rows = Array.from({ length: args.recordCount }, (_, i) => args.headerRow + 1 + i);
  const notes = tableNotes(args.facts);
  return {
    name: args.name,
    sheet: args.sheet,
    headers: [...args.headers],
    columns: args.columns,
    rows,
    headerRow: args.headerRow,
    firstColumn: args.firstColumn,
    ...(notes ? { notes } : {}),
  };
}

/**
 * Tables in workbook order: by sheet tab, then top to bottom, then left to right. Excel's own table
 * collection is in creation order, which an add-in cannot set, so a table put back by a revert would
 * otherwise move to the end of every list the user sees.
 */
export function inWorkbookOrder<T extends { readonly sheet: string; readonly area: Area }>(
  tables: readonly T[],
  sheetsInTabOrder: readonly string[],
): T[] {
  const tab = new Map(sheetsInTabOrder.map((name, k) => [name.toLowerCase(), k]));
  const tabOf = (t: T): number => tab.get(t.sheet.toLowerCase()) ?? sheetsInTabOrder.length;
  return tables
    .map((t, k) => ({ t, k }))
    .sort(
      (a, b) =>
        tabOf(a.t) - tabOf(b.t) || a.t.area.row - b.t.area.row || a.t.area.col - b.t.area.col || a.k - b.k,
    )
    .map((x) => x.t);
}

export function tableInfo(args: {
  name: string;
  sheet: string;
  area: Area;
  headers: readonly string[];
  showTotals: boolean;
  isExcelTable: boolean;
}): TableInfo {
  return {
    name: args.name,
    sheet: args.sheet,
    address: formatArea(args.area),
    rowCount: Math.max(0, args.area.rows - 1 - (args.showTotals ? 1 : 0)),
    columnCount: args.area.cols,
    headers: [...args.headers],
    isExcelTable: args.isExcelTable,
  };
}

/** Hidden rows as the list of Excel row numbers, from the visible row spans of an area. */
export function hiddenFromVisible(area: Area, visible: readonly Area[]): number[] {
  const shown = new Set<number>();
  for (const v of visible) for (let r = v.row; r < v.row + v.rows; r++) shown.add(r);
  const hidden: number[] = [];
  for (let r = area.row; r < area.row + area.rows; r++) if (!shown.has(r)) hidden.push(r);
  return hidden;
}
