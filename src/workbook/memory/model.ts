/**
 * The in-memory workbook: sheets of sparse cells (value, formula, number format, fill, bold), notes,
 * Excel tables, merged areas, hidden rows, column widths, protection, document settings and the date system; and,
 * for a saved copy only, what else a loaded file gave its cells and sheets (fonts, hyperlinks, data validations,
 * frozen panes, totals rows, defined names) and a list of what it holds that a copy leaves out. It keeps
 * the same rules the Excel host enforces on what the adapter does (table overlap, header-only tables,
 * protected sheets), so memory/ and office/ behave alike.
 */
import { isCellError, type Cell } from "../../core/cell";
import type { Issue } from "../../core/issues";
import type { FileBalanceLines } from "../../core/table";
import { MAX_COLUMNS, areasIntersect, lastCol, lastRow, type Area } from "../address";
import { sheetNameProblem, tableNameProblem } from "../names";
import type { MemFont, MemLink, MemSheetView, MemValidation } from "./kept";

export interface MemCell {
  /** The value, or the cached result of the formula (null also where the file held none: see uncalculated). */
  value: Cell;
  /** "=…" for a formula cell. */
  formula: string | null;
  format: string;
  fill: string | null;
  bold: boolean;
  /** The font the loaded file gave the cell, where not the default one; bold is `bold`. Kept for a saved copy. */
  font?: MemFont | undefined;
  /** The hyperlink the loaded file gave the cell, whose text is `value`. Kept for a saved copy. */
  link?: MemLink | undefined;
}

/** A workbook-wide name (Insert > Name) that refers to one or more ranges. */
export interface MemName {
  readonly name: string;
  readonly areas: readonly { readonly sheet: MemSheet; readonly area: Area }[];
}

export interface MemTable {
  name: string;
  sheet: MemSheet;
  /** Header row, data body and totals row. */
  area: Area;
  showTotals: boolean;
  style: string;
  /**
   * The totals row's function of each column that has one ("sum", "average", "count", "custom"…), by column
   * name in lower case, as the loaded file gave them; the totals row's cells hold labels, formulas and results.
   */
  totalsFunctions?: ReadonlyMap<string, string>;
}

/** A rule of the host broken by a write; the memory driver reports it with Excel's error code. */
export class MemoryHostError extends Error {
  override readonly name = "MemoryHostError";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function cellKey(row: number, col: number): number {
  return (row - 1) * MAX_COLUMNS + col;
}

export function keyCell(k: number): { row: number; col: number } {
  return { row: Math.floor(k / MAX_COLUMNS) + 1, col: k % MAX_COLUMNS };
}

export function defaultCell(): MemCell {
  // font and link present, so that resetting a cell to this clears them.
  return {
    value: null,
    formula: null,
    format: "General",
    fill: null,
    bold: false,
    font: undefined,
    link: undefined,
  };
}

function isDefault(c: MemCell): boolean {
  return (
    c.value === null &&
    c.formula === null &&
    c.format === "General" &&
    c.fill === null &&
    !c.bold &&
    c.font === undefined &&
    c.link === undefined
  );
}

export class MemSheet {
  readonly cells = new Map<number, MemCell>();
  readonly notes = new Map<number, string>();
  merged: Area[] = [];
  readonly hiddenRows = new Set<number>();
  /**
   * Widths set on columns (0-based), in Excel's unit: characters of the default font's digits. Columns
   * not listed have the default width. Presentation only: snapshots and restores leave them alone.
   */
  readonly widths = new Map<number, number>();
  protected = false;
  /** Hidden from the user (the xlsx settings sheet is very hidden and never listed). */
  hidden = false;
  /**
   * Keys of formula cells whose value the loaded file did not hold (a tool wrote the formula without
   * calculating it): they read as blank, and a read reports them. Writing the cell takes it out.
   */
  readonly uncalculated = new Set<number>();
  /** Hidden columns (0-based). */
  readonly hiddenCols = new Set<number>();
  /** Data validations of the loaded file by cell key: kept for a saved copy. */
  readonly validations = new Map<number, MemValidation>();
  /** Panes, grid lines and zoom of the loaded file; null: Excel's defaults. */
  view: MemSheetView | null = null;
  constructor(public name: string) {}

  get(row: number, col: number): MemCell | undefined {
    return this.cells.get(cellKey(row, col));
  }

  value(row: number, col: number): Cell {
    return this.cells.get(cellKey(row, col))?.value ?? null;
  }

  edit(row: number, col: number, change: (c: MemCell) => void): void {
    const k = cellKey(row, col);
    const c = this.cells.get(k) ?? defaultCell();
    const { value, formula } = c;
    change(c);
    if (c.value !== value || c.formula !== formula) this.uncalculated.delete(k);
    if (isDefault(c)) this.cells.delete(k);
    else this.cells.set(k, c);
  }

  /** Stored cells inside the area, in no particular order. */
  *within(area: Area): Iterable<[number, number, MemCell]> {
    const cellsInArea = area.rows * area.cols;
    if (cellsInArea <= this.cells.size) {
      for (let r = area.row; r <= lastRow(area); r++)
        for (let c = area.col; c <= lastCol(area); c++) {
          const cell = this.cells.get(cellKey(r, c));
          if (cell) yield [r, c, cell];
        }
      return;
    }
    for (const [k, cell] of this.cells) {
      const { row, col } = keyCell(k);
      if (row >= area.row && row <= lastRow(area) && col >= area.col && col <= lastCol(area))
        yield [row, col, cell];
    }
  }

  /** Bounding area of cells with values or formats, and notes; null for an empty sheet. */
  used(): Area | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const k of [...this.cells.keys(), ...this.notes.keys()]) {
      const { row, col } = keyCell(k);
      r0 = Math.min(r0, row);
      c0 = Math.min(c0, col);
      r1 = Math.max(r1, row);
      c1 = Math.max(c1, col);
    }
    return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
}

/** A named block of data that is not an Excel table (a loaded CSV file): listed and read like a table. */
export interface MemRange {
  readonly name: string;
  readonly sheet: MemSheet;
  readonly area: Area;
  /** Lines of the source file with more or fewer values than the header (see TableNotes.raggedRows). */
  readonly raggedRows?: readonly { readonly row: number; readonly cells: number }[];
  /** The encoding the source file was read in when nothing in it said so (see TableNotes.guessedEncoding). */
  readonly guessedEncoding?: string;
  /** What the reader of the source file found wrong in it (see TableNotes.sourceIssues). */
  readonly sourceIssues?: readonly Issue[];
  /** The balances the source file states in lines of its own (see TableNotes.fileBalances). */
  readonly fileBalances?: FileBalanceLines;
}

export class MemoryWorkbook {
  readonly sheets: MemSheet[] = [];
  readonly tables: MemTable[] = [];
  readonly ranges: MemRange[] = [];
  readonly settings = new Map<string, unknown>();
  /** Names the loaded file defines for ranges: kept for a saved copy. */
  readonly names: MemName[] = [];
  /**
   * What the loaded file holds that a saved copy leaves out ("charts", "pivot tables", "conditional
   * formatting on the sheet Data"…), in words, each once: for a command to say before it writes a copy.
   */
  readonly notKept: string[] = [];
  date1904 = false;
  selection: { sheet: string; address: string } | null = null;

  constructor(sheetNames: readonly string[] = []) {
    for (const n of sheetNames) this.addSheet(n);
  }

  sheet(name: string): MemSheet | null {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower) ?? null;
  }

  mustSheet(name: string): MemSheet {
    const s = this.sheet(name);
    if (!s) throw new MemoryHostError("ItemNotFound", `There is no sheet named '${name}'.`);
    return s;
  }

  addSheet(name: string): MemSheet {
    const problem = sheetNameProblem(name);
    if (problem) throw new MemoryHostError("InvalidArgument", `Cannot name a sheet '${name}': ${problem}.`);
    if (this.sheet(name))
      throw new MemoryHostError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
    const s = new MemSheet(name);
    this.sheets.push(s);
    return s;
  }

  deleteSheet(name: string): void {
    const s = this.sheet(name);
    if (!s) return;
    for (const t of this.tables.filter((x) => x.sheet === s)) this.tables.splice(this.tables.indexOf(t), 1);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    if (this.selection?.sheet.toLowerCase() === name.toLowerCase()) this.selection = null;
  }

  assertWritable(s: MemSheet): void {
    if (s.protected) throw new MemoryHostError("AccessDenied", `The sheet '${s.name}' is protected.`);
  }

  table(name: string): MemTable | null {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower) ?? null;
  }

  tableHeaders(t: MemTable): string[] {
    const out: string[] = [];
    for (let c = t.area.col; c <= lastCol(t.area); c++) out.push(headerText(t.sheet.value(t.area.row, c)));
    return out;
  }

  /** Creates a table as Excel does: a header-only area gets one blank data row; no overlaps or merges. */
  addTable(sheet: MemSheet, area: Area, name: string, style = "TableStyleMedium2"): MemTable {
    this.assertWritable(sheet);
    const problem = tableNameProblem(name);
    if (problem) throw new MemoryHostError("InvalidArgument", `Cannot name a table '${name}': ${problem}.`);
    if (this.table(name))
      throw new MemoryHostError("ItemAlreadyExists", `A table named '${name}' already exists.`);
    const full = area.rows === 1 ? { ...area, rows: 2 } : area;
    if (this.tables.some((t) => t.sheet === sheet && areasIntersect(t.area, full)))
      throw new MemoryHostError("InvalidArgument", "A table cannot overlap another table.");
    if (sheet.merged.some((m) => areasIntersect(m, full)))
      throw new MemoryHostError("InvalidArgument", "A table cannot contain merged cells.");
    const t: MemTable = { name, sheet, area: full, showTotals: false, style };
    this.tables.push(t);
    normalizeHeaders(t);
    return t;
  }

  dropTable(name: string): void {
    const t = this.table(name);
    if (!t) return;
    this.assertWritable(t.sheet);
    this.tables.splice(this.tables.indexOf(t), 1);
  }

  /** Grows the table by one column into empty cells on its right, with this header. */
  addTableColumn(t: MemTable, header: string): void {
    this.assertWritable(t.sheet);
    const col = lastCol(t.area) + 1;
    if (col >= MAX_COLUMNS)
      throw new MemoryHostError("InvalidArgument", "The table is at the sheet's last column.");
    for (const [, , cell] of t.sheet.within({ row: t.area.row, col, rows: t.area.rows, cols: 1 }))
      if (cell.value !== null || cell.formula !== null)
        throw new MemoryHostError("InvalidOperation", "The cells to the right of the table are not empty.");
    t.area = { ...t.area, cols: t.area.cols + 1 };
    t.sheet.edit(t.area.row, col, (c) => {
      c.value = header;
      c.formula = null;
    });
  }

  /** Deletes a table column: table cells right of it move left; cells outside the table stay. */
  deleteTableColumn(t: MemTable, index: number): void {
    this.assertWritable(t.sheet);
    const s = t.sheet;
    const end = lastCol(t.area);
    for (let r = t.area.row; r <= lastRow(t.area); r++) {
      for (let c = t.area.col + index; c < end; c++) {
        const next = s.get(r, c + 1);
        s.edit(r, c, (cell) => Object.assign(cell, next ? { ...next } : defaultCell()));
        const note = s.notes.get(cellKey(r, c + 1));
        if (note === undefined) s.notes.delete(cellKey(r, c));
        else s.notes.set(cellKey(r, c), note);
      }
      s.edit(r, end, (cell) => Object.assign(cell, defaultCell()));
      s.notes.delete(cellKey(r, end));
    }
    t.area = { ...t.area, cols: t.area.cols - 1 };
  }

  // ---- seeding helpers (tests, demo samples, loaders) ----------------------------------------------

  /** Puts rows of cells starting at (row, col); strings are text, CellError values are error cells. */
  putRows(sheet: string, row: number, col: number, rows: readonly (readonly Cell[])[]): void {
    const s = this.sheet(sheet) ?? this.addSheet(sheet);
    rows.forEach((cells, i) =>
      cells.forEach((v, j) =>
        s.edit(row + i, col + j, (c) => {
          c.value = v === "" ? null : v;
          c.formula = null;
        }),
      ),
    );
  }
}

/** Excel keeps table headers non-blank, unique text: blanks become "ColumnN", repeats get a number. */
function normalizeHeaders(t: MemTable): void {
  const used = new Set<string>();
  for (let j = 0; j < t.area.cols; j++) {
    const v = t.sheet.value(t.area.row, t.area.col + j);
    let name = v === null || v === "" ? `Column${j + 1}` : headerText(v);
    const base = name;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    used.add(name.toLowerCase());
    if (v !== name)
      t.sheet.edit(t.area.row, t.area.col + j, (c) => {
        c.value = name;
        c.formula = null;
      });
  }
}

/** How a header cell reads as a column name. */
export function headerText(v: Cell): string {
  if (v === null) return "";
  if (isCellError(v)) return v.code;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return typeof v === "string" ? v : String(v);
}
