/**
 * A table read from a workbook: headers, data held column-wise, and the Excel row of every record so
 * any finding can point back at the cell the user sees.
 */
import type { Cell } from "./cell";
import type { Issue } from "./issues";

/** Facts about the source range that a check may need to report (hazard 6). */
export interface TableNotes {
  /** Excel rows hidden or filtered out at read time; they are still records. */
  readonly hiddenRows?: readonly number[];
  /** The Excel row of a totals row that was left out of the records. */
  readonly totalsRow?: number;
  /** Merged areas that intersect the table, as A1 addresses. */
  readonly mergedAreas?: readonly string[];
  /**
   * Rows of a text source (CSV) with more or fewer values than the table has headers: the Excel row and
   * how many values the line held. Extra values stay on the sheet, outside the table.
   */
  readonly raggedRows?: readonly { readonly row: number; readonly cells: number }[];
  /**
   * The encoding a text source was read in when nothing in the file named it ("windows-1252" for bytes
   * that are not UTF-8): letters outside ASCII may be wrong if the file used another code page.
   */
  readonly guessedEncoding?: string;
  /**
   * What the reader of the source file found wrong in it, located in the table (a bank statement file
   * whose lines do not lead from its opening balance to its closing one).
   */
  readonly sourceIssues?: readonly Issue[];
  /**
   * The key under which the add-in last wrote result columns beside this table, from the document's
   * record of its outputs (e.g. the reconciliation pair whose Apply wrote them); absent when none.
   */
  readonly resultColumnsKey?: string;
  /**
   * The opening and closing balances a text source states in lines of its own above or below the table
   * (comdirect's "Neuer Kontostand";"20.792,57 EUR", UBS's "Opening balance:;10000.00"), as written: the
   * side reads the figure with its decimal separator (reconcileInput/fileBalances.ts).
   */
  readonly fileBalances?: FileBalanceLines;
}

/** A balance a source file states in a line of its own, outside the table. */
export interface FileBalanceLine {
  /** The figure as written ("20.792,57 EUR", "-1,234.56"). */
  readonly text: string;
  /** A Soll/Haben mark written in a cell of its own after the figure ("S", "H"), as written. */
  readonly mark?: string;
  /** A currency written in a cell of its own beside the figure ("EUR"). */
  readonly currency?: string;
  /** The Excel row of the line, the words that name the balance, and the 0-based sheet column of the figure. */
  readonly row: number;
  readonly label: string;
  readonly column: number;
  /** Whether the words say opening or closing ("Alter Kontostand"), not just a balance ("Kontostand"). */
  readonly named: boolean;
  /** The figure as a number, where a sheet's cell holds one: read as it is, whatever the separators. */
  readonly value?: number;
  /** A line of the sheet beside an Excel table, rather than of a file the table was read from. */
  readonly onSheet?: boolean;
}

export interface FileBalanceLines {
  readonly opening?: FileBalanceLine;
  readonly closing?: FileBalanceLine;
}

export interface TableData {
  /** Excel table name, or a name derived from the file/range for plain ranges and CSV files. */
  readonly name: string;
  readonly sheet: string;
  /** Header texts as written, in column order (blank headers as ""). */
  readonly headers: readonly string[];
  /** columns[c][i]: the cell of record i in column c. */
  readonly columns: readonly (readonly Cell[])[];
  /** rows[i]: the Excel row number of record i. */
  readonly rows: readonly number[];
  /** Excel row number of the header row. */
  readonly headerRow: number;
  /** 0-based sheet column index of the table's first column (A = 0). */
  readonly firstColumn: number;
  readonly notes?: TableNotes;
}

export function recordCount(t: TableData): number {
  return t.rows.length;
}

/** "A", "Z", "AA", … for a 0-based column index. */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`column index ${index}`);
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index of "A", "AB", … (case-insensitive). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0) - 64;
    if (c < 1 || c > 26) throw new RangeError(`column letters ${letters}`);
    n = n * 26 + c;
  }
  return n - 1;
}

/** A1 address of record i in table column c, e.g. "C12". */
export function cellAddress(t: TableData, recordIndex: number, columnIndexInTable: number): string {
  const row = t.rows[recordIndex];
  if (row === undefined) throw new RangeError(`record ${recordIndex} of ${t.name}`);
  return `${columnLetter(t.firstColumn + columnIndexInTable)}${row}`;
}

/** Builds a table from header + row-wise records (tests, CSV, custom-function ranges). */
export function tableFromRows(args: {
  name: string;
  sheet: string;
  headers: readonly string[];
  records: readonly (readonly Cell[])[];
  headerRow?: number;
  firstColumn?: number;
  rows?: readonly number[];
}): TableData {
  const headerRow = args.headerRow ?? 1;
  const columns: Cell[][] = args.headers.map(() => new Array<Cell>(args.records.length));
  args.records.forEach((rec, i) => {
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c] as Cell[];
      col[i] = rec[c] ?? null;
    }
  });
  return {
    name: args.name,
    sheet: args.sheet,
    headers: [...args.headers],
    columns,
    rows: args.rows ? [...args.rows] : args.records.map((_, i) => headerRow + 1 + i),
    headerRow,
    firstColumn: args.firstColumn ?? 0,
  };
}
