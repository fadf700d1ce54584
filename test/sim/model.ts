/**
 * The simulated workbook itself: sheets of sparse cells, tables, notes, merged areas, hidden rows and
 * protection, with Excel's rules for names, overlaps and protected sheets. Proxies in the other files
 * apply queued commands to this model at sync; tests seed it and play the user through it.
 */
import { intersects, rectA1, sheetPrefix, type Rect } from "./address";
import { autofit } from "./autofit";
import { simError } from "./errors";
import { grid, normalizeColor, normalizeHeaders, SimSheet, SimTable, type SimNote } from "./sheet";
import * as user from "./user";
import { blankCell, isEmptyCell, parseInput, type SimCell, type SimValue } from "./values";

export { grid, SimSheet, SimTable, type SimNote } from "./sheet";

const SHEET_NAME_BAD = /[:\\/?*[\]]/;

export class SimWorkbook {
  readonly sheets: SimSheet[] = [];
  readonly tables: SimTable[] = [];
  readonly notes: SimNote[] = [];
  /** Workbook-scoped defined names: table names may not collide with them. */
  readonly definedNames: string[] = [];
  date1904 = false;
  selection: { sheet: SimSheet; rect: Rect } | null = null;
  activeSheet: SimSheet | null = null;
  private nextSheetId = 1;
  private nextTableId = 1;

  constructor(sheetNames: readonly string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.addSheet(n);
  }

  // ---- sheets -------------------------------------------------------------------------------------

  sheet(name: string): SimSheet | null {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower) ?? null;
  }

  mustSheet(name: string, where = "WorksheetCollection.getItem"): SimSheet {
    const s = this.sheet(name);
    if (!s) throw simError("ItemNotFound", where);
    return s;
  }

  checkSheetName(name: string, where: string, except?: SimSheet): void {
    if (
      name.trim() === "" ||
      name.length > 31 ||
      SHEET_NAME_BAD.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === "history"
    )
      throw simError("InvalidArgument", where);
    const other = this.sheet(name);
    if (other && other !== except) throw simError("ItemAlreadyExists", where);
  }

  addSheet(name?: string): SimSheet {
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.sheet(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    this.checkSheetName(n, "WorksheetCollection.add");
    const s = new SimSheet(`{sheet-${this.nextSheetId++}}`, n);
    this.sheets.push(s);
    this.activeSheet ??= s;
    return s;
  }

  renameSheet(s: SimSheet, name: string): void {
    this.checkSheetName(name, "Worksheet.name", s);
    s.name = name;
  }

  deleteSheet(s: SimSheet): void {
    if (this.sheets.filter((x) => x.visibility === "Visible").length <= 1 && s.visibility === "Visible")
      throw simError(
        "InvalidOperation",
        "Worksheet.delete",
        "A workbook must contain at least one visible worksheet.",
      );
    for (const t of this.tables.filter((t) => t.sheet === s)) this.dropTable(t);
    for (let i = this.notes.length - 1; i >= 0; i--) if (this.notes[i]?.sheet === s) this.notes.splice(i, 1);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    s.deleted = true;
    if (this.activeSheet === s) this.activeSheet = this.sheets[0] ?? null;
    if (this.selection?.sheet === s) this.selection = null;
  }

  assertWritable(s: SimSheet, where: string): void {
    if (s.deleted) throw simError("ItemNotFound", where);
    if (s.protected)
      throw simError(
        "AccessDenied",
        where,
        "The cell or chart you're trying to change is on a protected sheet.",
      );
  }

  // ---- cells --------------------------------------------------------------------------------------

  /** Writes `values`/`formulas` input: a 2-D array matching the rectangle, or one value for all cells. */
  writeInputs(s: SimSheet, rect: Rect, input: unknown, where: string): void {
    this.assertWritable(s, where);
    const at = grid(input, rect, where);
    for (let i = 0; i < rect.h; i++)
      for (let j = 0; j < rect.w; j++) {
        const r = rect.r + i;
        const c = rect.c + j;
        const format = s.get(r, c)?.numberFormat ?? "General";
        const parsed = parseInput(at(i, j), format, this.date1904, where);
        if (parsed === "unchanged") continue;
        s.edit(r, c, (cell) => {
          cell.value = parsed.value;
          cell.formula = parsed.formula;
          cell.quotePrefix = parsed.quotePrefix;
          if (parsed.numberFormat) cell.numberFormat = parsed.numberFormat;
        });
      }
    this.fixHeaders(s, rect);
  }

  writeFormats(s: SimSheet, rect: Rect, input: unknown, where: string): void {
    this.assertWritable(s, where);
    const at = grid(input, rect, where);
    for (let i = 0; i < rect.h; i++)
      for (let j = 0; j < rect.w; j++) {
        const f = at(i, j);
        if (f === null || f === undefined) continue;
        if (typeof f !== "string") throw simError("InvalidArgument", where);
        s.edit(rect.r + i, rect.c + j, (cell) => {
          cell.numberFormat = f;
        });
      }
  }

  setFill(s: SimSheet, rect: Rect, color: string | null, where: string): void {
    this.assertWritable(s, where);
    const norm = color === null ? null : normalizeColor(color, where);
    this.eachCell(s, rect, (cell) => {
      cell.fill = norm;
    });
  }

  setBold(s: SimSheet, rect: Rect, bold: boolean, where: string): void {
    this.assertWritable(s, where);
    this.eachCell(s, rect, (cell) => {
      cell.bold = bold;
    });
  }

  /** RangeFormat.autofitColumns: fitting widths is formatting columns, which a protected sheet refuses. */
  autofitColumns(s: SimSheet, rect: Rect, where: string): void {
    this.assertWritable(s, where);
    autofit(s, rect);
  }

  clear(s: SimSheet, rect: Rect, applyTo: string, where: string): void {
    this.assertWritable(s, where);
    const contents = applyTo === "All" || applyTo === "Contents";
    const formats = applyTo === "All" || applyTo === "Formats";
    if (!contents && !formats)
      throw simError("NotImplemented", where, `clear("${applyTo}") is not simulated`);
    for (const [r, c] of [...s.stored(rect)])
      s.edit(r, c, (cell) => {
        if (contents) Object.assign(cell, { value: null, formula: null, quotePrefix: false });
        if (formats) Object.assign(cell, { numberFormat: "General", fill: null, bold: false });
      });
    this.fixHeaders(s, rect);
  }

  private eachCell(s: SimSheet, rect: Rect, change: (cell: SimCell) => void): void {
    for (let r = rect.r; r < rect.r + rect.h; r++)
      for (let c = rect.c; c < rect.c + rect.w; c++) s.edit(r, c, change);
  }

  /** Excel keeps table headers non-blank, unique text: it renames a header the moment it is edited. */
  private fixHeaders(s: SimSheet, rect: Rect): void {
    for (const t of this.tables) if (t.sheet === s && intersects(t.headerRect, rect)) normalizeHeaders(t);
  }

  // ---- tables -------------------------------------------------------------------------------------

  table(name: string): SimTable | null {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower) ?? null;
  }

  checkTableName(name: string, where: string, except?: SimTable): void {
    const bad =
      name.length === 0 ||
      name.length > 255 ||
      !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[Rr]\d*([Cc]\d*)?$|^[Cc]\d*$/.test(name);
    if (bad) throw simError("InvalidArgument", where);
    const other = this.table(name);
    if ((other && other !== except) || this.definedNames.some((n) => n.toLowerCase() === name.toLowerCase()))
      throw simError("ItemAlreadyExists", where, "A table or range name already uses this name.");
  }

  addTable(s: SimSheet, rect: Rect, hasHeaders: boolean, where = "TableCollection.add"): SimTable {
    this.assertWritable(s, where);
    if (!hasHeaders) throw simError("NotImplemented", where, "tables.add(…, false) is not simulated");
    const full = rect.h === 1 ? { ...rect, h: 2 } : rect;
    if (this.tables.some((t) => t.sheet === s && intersects(t.rect, full)))
      throw simError(
        "InvalidArgument",
        where,
        "A table cannot overlap a range that contains a PivotTable report, query results, protected cells or another table.",
      );
    if (s.merged.some((m) => intersects(m, full)))
      throw simError("InvalidArgument", where, "A table cannot contain merged cells.");
    let i = this.nextTableId;
    while (this.table(`Table${i}`)) i++;
    const t = new SimTable(this.nextTableId++, `Table${i}`, s, full);
    this.tables.push(t);
    normalizeHeaders(t);
    return t;
  }

  renameTable(t: SimTable, name: string): void {
    this.checkTableName(name, "Table.name", t);
    t.name = name;
  }

  private dropTable(t: SimTable): void {
    this.tables.splice(this.tables.indexOf(t), 1);
    t.deleted = true;
  }

  /** Table.delete(): the table and its cells go. */
  deleteTable(t: SimTable): void {
    this.assertWritable(t.sheet, "Table.delete");
    this.dropTable(t);
    this.clear(t.sheet, t.rect, "All", "Table.delete");
  }

  convertToRange(t: SimTable): void {
    this.assertWritable(t.sheet, "Table.convertToRange");
    this.dropTable(t);
  }

  /** TableColumnCollection.add at the end: the table grows into the empty column on its right. */
  addTableColumn(t: SimTable, name: string | undefined, where = "TableColumnCollection.add"): void {
    this.assertWritable(t.sheet, where);
    const col: Rect = { r: t.rect.r, c: t.rect.c + t.rect.w, h: t.rect.h, w: 1 };
    if (col.c >= 16_384) throw simError("InvalidArgument", where);
    for (const [, , cell] of t.sheet.stored(col))
      if (!isEmptyCell(cell))
        throw simError("InvalidOperation", where, "The cells to the right of the table are not empty.");
    if (this.tables.some((o) => o !== t && o.sheet === t.sheet && intersects(o.rect, col)))
      throw simError("InvalidArgument", where);
    t.rect = { ...t.rect, w: t.rect.w + 1 };
    const header = name ?? `Column${t.rect.w}`;
    t.sheet.edit(col.r, col.c, (cell) => {
      cell.value = header;
      cell.formula = null;
    });
    normalizeHeaders(t);
  }

  /** TableColumn.delete(): cells of the table right of the column move left; cells outside stay. */
  deleteTableColumn(t: SimTable, index: number, where = "TableColumn.delete"): void {
    this.assertWritable(t.sheet, where);
    if (t.rect.w <= 1) throw simError("InvalidOperation", where);
    const s = t.sheet;
    for (let r = t.rect.r; r < t.rect.r + t.rect.h; r++) {
      for (let c = t.rect.c + index; c < t.rect.c + t.rect.w - 1; c++) {
        const next = s.get(r, c + 1);
        s.edit(r, c, (cell) => Object.assign(cell, next ? { ...next } : blankCell()));
      }
      s.edit(r, t.rect.c + t.rect.w - 1, (cell) => Object.assign(cell, blankCell()));
    }
    const shifted = this.notes.filter((n) => n.sheet === s && n.r >= t.rect.r && n.r < t.rect.r + t.rect.h);
    for (const n of shifted) {
      if (n.c === t.rect.c + index) this.notes.splice(this.notes.indexOf(n), 1);
      else if (n.c > t.rect.c + index && n.c < t.rect.c + t.rect.w) n.c--;
    }
    t.rect = { ...t.rect, w: t.rect.w - 1 };
  }

  // ---- notes --------------------------------------------------------------------------------------

  note(s: SimSheet, r: number, c: number): SimNote | null {
    return this.notes.find((n) => n.sheet === s && n.r === r && n.c === c) ?? null;
  }

  addNote(s: SimSheet, r: number, c: number, content: string, where = "NoteCollection.add"): SimNote {
    this.assertWritable(s, where);
    if (this.note(s, r, c)) throw simError("InvalidArgument", where, "The cell already has a note.");
    const n: SimNote = { sheet: s, r, c, content, author: "Simulated User" };
    this.notes.push(n);
    return n;
  }

  deleteNote(n: SimNote, where = "Note.delete"): void {
    this.assertWritable(n.sheet, where);
    const i = this.notes.indexOf(n);
    if (i < 0) throw simError("ItemNotFound", where);
    this.notes.splice(i, 1);
  }
  // ---- seeding and user actions (test code calls these directly; see user.ts) -----------------------

  /** Types rows into a sheet as a user would (Excel's parsing applies), starting at `topLeft`. */
  type(sheet: string, topLeft: string, rows: readonly (readonly unknown[])[]): void {
    user.type(this, sheet, topLeft, rows);
  }
  /** Puts an exact value (or error) into one cell, bypassing input parsing. */
  put(sheet: string, a1: string, value: SimValue, opts: Partial<Omit<SimCell, "value">> = {}): void {
    user.put(this, sheet, a1, value, opts);
  }
  seedTable(sheet: string, address: string, name: string, opts: { showTotals?: boolean } = {}): SimTable {
    return user.seedTable(this, sheet, address, name, opts);
  }
  merge(sheet: string, address: string): void {
    user.merge(this, sheet, address);
  }
  hideRows(sheet: string, firstRow: number, count = 1): void {
    user.hideRows(this, sheet, firstRow, count);
  }
  /** The user inserts whole rows above Excel row `beforeRow`: cells, tables, notes and merges move down. */
  insertRows(sheet: string, beforeRow: number, count: number): void {
    user.insertRows(this, sheet, beforeRow, count);
  }

  /** Address of a rectangle as the API reports it: "Sheet1!A1:B2". */
  address(s: SimSheet, rect: Rect): string {
    return `${sheetPrefix(s.name)}${rectA1(rect)}`;
  }
}
