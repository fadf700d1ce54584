/**
 * The driver below the write gateway: the few primitive reads and writes the gateway needs, implemented
 * once over the Excel JavaScript API (office/) and once in memory (memory/). The gateway owns planning,
 * snapshots, verification, restore and the journal; a driver only executes, in as few syncs as it can.
 */
import type { Cell } from "../core/cell";
import type { Area } from "./address";
import type { WriteCell } from "./outValue";
import type { DateSystem, TableInfo, TableRef, RunOptions } from "./port";
import type { TableData } from "../core/table";

export interface SheetShape {
  readonly name: string;
  readonly protected: boolean;
  /** Bounding area of everything on the sheet (values, formats, notes); null when empty. */
  readonly used: Area | null;
}

export interface TableShape {
  readonly name: string;
  readonly sheet: string;
  /** The whole table: header row, data body and totals row. */
  readonly area: Area;
  readonly headers: readonly string[];
  readonly showTotals: boolean;
  readonly style: string;
}

/** Sheets in workbook order and every Excel table. */
export interface WorkbookShape {
  readonly sheets: readonly SheetShape[];
  readonly tables: readonly TableShape[];
}

/** Which properties of cells a capture holds and a restore puts back. */
export interface Parts {
  /** Values and formulas. */
  readonly contents: boolean;
  /** Number format, fill and bold. */
  readonly formats: boolean;
  /** Fill only (a subset of formats, cheaper to capture). */
  readonly fills: boolean;
  readonly notes: boolean;
}

export const ALL_PARTS: Parts = { contents: true, formats: true, fills: true, notes: true };
export const MARK_PARTS: Parts = { contents: false, formats: false, fills: true, notes: true };

/** One stored cell as a snapshot keeps it: enough to put it back exactly. */
export interface CellState {
  readonly row: number;
  readonly col: number;
  /** A formula ("=…"), or the value as `formulas` reports it (errors as their text); null when empty. */
  readonly input: string | number | boolean | null;
  readonly kind: "empty" | "text" | "number" | "boolean" | "error" | "formula";
  readonly format: string;
  /** "#RRGGBB", or null for no fill. */
  readonly fill: string | null;
  readonly bold: boolean;
  readonly note: string | null;
  /** The value a formula showed, where the driver cannot recompute it (memory). */
  readonly cached?: Cell;
}

/** A captured area: only cells that differ from a default cell are listed. */
export interface AreaState {
  readonly sheet: string;
  readonly area: Area;
  readonly parts: Parts;
  readonly cells: readonly CellState[];
}

export interface Capture {
  readonly sheet: string;
  readonly area: Area;
  readonly parts: Parts;
}

export type Step =
  | { readonly op: "addSheet"; readonly sheet: string }
  /** Deletes the sheet if it exists. */
  | { readonly op: "deleteSheet"; readonly sheet: string }
  /** Removes values, number formats, fills and bold from the area (notes are left alone). */
  | { readonly op: "clearArea"; readonly sheet: string; readonly area: Area }
  /** Writes a full rectangle: text stays text, numbers get their format. */
  | {
      readonly op: "writeCells";
      readonly sheet: string;
      readonly area: Area;
      readonly cells: readonly (readonly WriteCell[])[];
    }
  | { readonly op: "setBold"; readonly sheet: string; readonly area: Area }
  /**
   * Fits the widths of the area's columns to the area's contents (as shown, number formats applied), as
   * Excel's AutoFit does: only the area's cells count, so a long title above it cannot widen a column.
   */
  | { readonly op: "fitColumns"; readonly sheet: string; readonly area: Area }
  /** Makes the area (headers already written) an Excel table with this name. */
  | {
      readonly op: "addTable";
      readonly sheet: string;
      readonly area: Area;
      readonly name: string;
      readonly style?: string;
    }
  /** Turns the table back into a plain range, if it exists; its cells stay. */
  | { readonly op: "dropTable"; readonly table: string }
  /** Appends empty columns with these headers at the right end of the table. */
  | { readonly op: "addTableColumns"; readonly table: string; readonly headers: readonly string[] }
  /**
   * Deletes the table's columns from position `keep` on (by position, not name: a header renamed in
   * between cannot hide a column from it). Table cells to the right move left; cells outside stay.
   */
  | { readonly op: "trimTableColumns"; readonly table: string; readonly keep: number }
  | {
      readonly op: "setFills";
      readonly sheet: string;
      readonly fills: readonly { readonly area: Area; readonly color: string | null }[];
    }
  /** Adds or replaces notes (text) or deletes them (null). */
  | {
      readonly op: "setNotes";
      readonly sheet: string;
      readonly notes: readonly { readonly row: number; readonly col: number; readonly text: string | null }[];
    }
  /** Puts a captured area back exactly (the captured parts only). Idempotent. */
  | { readonly op: "restoreCells"; readonly state: AreaState }
  /** Makes the tables inside `area` of `sheet` exactly these (by name, area and style). Idempotent. */
  | {
      readonly op: "restoreTables";
      readonly sheet: string;
      readonly area: Area;
      readonly tables: readonly TableShape[];
    };

/** What the workbook must hold after a write. */
export type Expectation =
  /** `undefined` entries are not checked (formulas whose value the gateway cannot predict). */
  | {
      readonly kind: "values";
      readonly sheet: string;
      readonly area: Area;
      readonly values: readonly (readonly (Cell | undefined)[])[];
    }
  | { readonly kind: "fills"; readonly sheet: string; readonly area: Area; readonly color: string | null }
  | { readonly kind: "table"; readonly table: string; readonly sheet: string; readonly area: Area };

/** A host failure while executing steps: which step's sync failed and the host's code. */
export class DriverFailure extends Error {
  override readonly name = "DriverFailure";
  constructor(
    readonly hostCode: string,
    message: string,
    /** Steps before this index are known to be fully applied; this one may be partly applied. */
    readonly stepIndex: number,
    /** What was being done: "writing rows 40,001–80,000 of sheet 'Out'". */
    readonly doing: string,
    /** True when the failed request changed nothing (cell-edit mode, request too large, cancelled). */
    readonly nothingApplied = false,
  ) {
    super(message);
  }
}

export interface ApplyOptions {
  readonly signal?: AbortSignal;
  /** Called after each sync with the number of steps fully applied and what was done. */
  readonly onSync?: (stepsDone: number, doing: string) => void;
}

export interface DocumentSettings {
  get(key: string): unknown;
  set(key: string, value: unknown): Promise<void>;
}

export interface Driver {
  readonly host: "excel" | "memory";
  shape(opts?: RunOptions): Promise<WorkbookShape>;
  listTables(opts?: RunOptions): Promise<TableInfo[]>;
  readTable(ref: TableRef, opts?: RunOptions): Promise<TableData>;
  dateSystem(): Promise<DateSystem>;
  /** Snapshots of the areas, read in as few syncs as the limits allow. */
  capture(captures: readonly Capture[], opts?: RunOptions): Promise<AreaState[]>;
  /**
   * Values of an area as core cells (for verification and fingerprints), read in requests sized for
   * `cellBytes` a cell (80 unless said: cells of long text need more).
   */
  readValues(
    sheet: string,
    area: Area,
    opts?: RunOptions & { readonly cellBytes?: number },
  ): Promise<Cell[][]>;
  /** Executes steps in order, chunked into syncs; throws DriverFailure naming the failed step. */
  apply(steps: readonly Step[], opts?: ApplyOptions): Promise<void>;
  /** The expectations that do not hold, described for a message; empty when all hold. */
  verify(expectations: readonly Expectation[], opts?: RunOptions): Promise<string[]>;
  readonly settings: DocumentSettings;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Whether notes can be written (Excel hosts below ExcelApi 1.18 cannot). */
  readonly supportsNotes: boolean;
}
