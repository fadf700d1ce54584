/**
 * The workbook port: everything services may do to a workbook. Two implementations: office/ (the Excel
 * JavaScript API) and memory/ (in-memory, .xlsx/.csv backed). Both pass the same contract suite.
 */
import type { Cell } from "../core/cell";
import type { TableData } from "../core/table";

export type DateSystem = 1900 | 1904;

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  /** A1 address of the whole table including its header row, e.g. "A1:F200". */
  readonly address: string;
  /** Number of records (header and totals rows excluded). */
  readonly rowCount: number;
  readonly columnCount: number;
  readonly headers: readonly string[];
  /** An Excel table (ListObject), as opposed to a plain range or a CSV file. */
  readonly isExcelTable: boolean;
}

/** A table by name, or a plain range whose first row is the header. */
export type TableRef = { readonly table: string } | { readonly sheet: string; readonly address: string };

export interface Progress {
  readonly phase: string;
  readonly done: number;
  readonly total: number;
}

export interface RunOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: Progress) => void;
}

/** A hyperlink to a cell of the workbook, shown as `text`. */
export interface OutLink {
  readonly kind: "link";
  readonly text: string;
  readonly sheet: string;
  readonly address: string;
}

/** A number with an Excel number format, e.g. a date serial with "yyyy-mm-dd" or money with "#,##0.00". */
export interface OutNumber {
  readonly kind: "number";
  readonly value: number;
  readonly format: string;
}

/** A value to write. Strings are always stored as text: never read as a formula or a number. */
export type OutValue = string | number | boolean | null | OutLink | OutNumber;

export interface OutputTable {
  /** Preferred Excel table name; a unique one is chosen when taken. */
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly OutValue[])[];
}

export interface SheetOutput {
  /**
   * Stable key of the output (e.g. "validation:Ledger"). Writing again with the same key replaces the
   * sheet written before under that key; it never adds a second one.
   */
  readonly key: string;
  /** Preferred sheet name; when taken by anything other than this key's output, a unique name is chosen. */
  readonly sheetName: string;
  /** Written in A1 (bold) when given. */
  readonly title?: string;
  /** Free rows under the title and before the tables (e.g. the lines of a statement). */
  readonly lines?: readonly (readonly OutValue[])[];
  /** Tables written one under the other, a blank row apart. */
  readonly tables: readonly OutputTable[];
}

export interface ResultColumnsPlan {
  /** Re-running with the same key replaces these columns; it never adds a second set. */
  readonly key: string;
  readonly table: TableRef;
  /**
   * Excel rows the values belong to, as read. If the table's rows differ at write time (rows inserted,
   * deleted or sorted since the read) the write is refused with a `data_changed` error.
   */
  readonly rows: readonly number[];
  readonly columns: readonly { readonly header: string; readonly values: readonly OutValue[] }[];
  /**
   * Some of the table's own columns as they were read (0-based index within the table, one value per row
   * of `rows`). If any differs at write time — the rows were sorted, or cells edited — the write is refused
   * with `data_changed`, since the results would land beside the wrong rows.
   */
  readonly unchanged?: readonly { readonly column: number; readonly values: readonly Cell[] }[];
  /**
   * A key prefix: result columns recorded under another key that starts with it, at the same place
   * beside the same table, become this plan's and are replaced in place (the other key's record goes).
   * A book reconciled against next month's statement so takes over the columns last month's Apply wrote.
   */
  readonly takesOver?: string;
}

export type MarkSeverity = "error" | "warning" | "info";

export interface MarkPlan {
  /** Mark set key; `clearMarks(key)` removes exactly these marks and restores what was there. */
  readonly key: string;
  readonly cells: readonly {
    readonly sheet: string;
    /** A1 address of one cell. */
    readonly address: string;
    readonly note: string;
    readonly severity: MarkSeverity;
  }[];
}

export type OperationKind = "writeSheet" | "writeResultColumns" | "markCells" | "clearMarks" | "revert";

export interface OperationReceipt {
  readonly operationId: string;
  readonly kind: OperationKind;
  /** One line for the status area, e.g. "Wrote 120 rows to sheet 'Validation'". */
  readonly summary: string;
  readonly sheet?: string;
  readonly address?: string;
  readonly cellsWritten: number;
}

/**
 * A setting's value holds at most this many characters of JSON: well inside what Office keeps for an
 * add-in (2 MB in all), so several values of this size fit one document.
 */
export const SETTING_MAX_BYTES = 64 * 1024;
/** Every setting the add-in writes starts so; Office's own (`Office.…`) and others' are not ours. */
export const OUR_SETTING_PREFIX = "bo.";

/** The key of a part of a setting too big for one value: `key#part`. */
export function settingPartKey(key: string, part: string): string {
  return `${key}#${part}`;
}

/** The setting a part belongs to, or null when the key names a whole setting. */
export function settingOfPart(key: string): string | null {
  const hash = key.indexOf("#");
  return hash < 0 ? null : key.slice(0, hash);
}

export interface WorkbookPort {
  readonly host: "excel" | "memory";
  listTables(opts?: RunOptions): Promise<TableInfo[]>;
  /** Reads in chunks; reports progress; rejects with a `cancelled` WorkbookError when the signal aborts. */
  readTable(ref: TableRef, opts?: RunOptions): Promise<TableData>;
  dateSystem(): Promise<DateSystem>;
  writeSheet(out: SheetOutput, opts?: RunOptions): Promise<OperationReceipt>;
  writeResultColumns(plan: ResultColumnsPlan, opts?: RunOptions): Promise<OperationReceipt>;
  markCells(plan: MarkPlan, opts?: RunOptions): Promise<OperationReceipt>;
  clearMarks(key: string, opts?: RunOptions): Promise<OperationReceipt>;
  /** The last write that can still be reverted, or null. */
  lastOperation(): OperationReceipt | null;
  /** Restores the workbook to its state before the last operation. */
  revertLast(opts?: RunOptions): Promise<OperationReceipt>;
  /** Add-in settings stored in the document (configuration only, never personal data). */
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: unknown): Promise<void>;
  /** Selects a cell and shows it to the user. */
  selectCell(sheet: string, address: string): Promise<void>;
}
