/**
 * What an .xlsx file gives its cells, sheets and tables beyond values and formats — fonts, hyperlinks,
 * data validations, panes, totals rows, defined names — read with exceljs into the memory workbook and
 * written back, so a saved copy keeps what the user's workbook held.
 */
import type ExcelJS from "exceljs";
import { formatArea, lastRow, parseArea } from "../address";
import type { MemColor, MemFont, MemLink, MemSheetView, MemValidation } from "./kept";
import { cellKey, keyCell, type MemoryWorkbook, type MemSheet, type MemTable } from "./model";

/** The functions a totals row computes with SUBTOTAL; "custom" is a formula of the user's. */
const TOTALS_FUNCTIONS: ReadonlySet<string> = new Set([
  "average",
  "countNums",
  "count",
  "max",
  "min",
  "stdDev",
  "var",
  "sum",
]);

function colorOf(c: unknown): MemColor | undefined {
  if (c === null || typeof c !== "object") return undefined;
  const o = c as Record<string, unknown>;
  const color: { -readonly [K in keyof MemColor]: MemColor[K] } = {};
  if (typeof o.argb === "string") color.argb = o.argb;
  if (typeof o.theme === "number") color.theme = o.theme;
  if (typeof o.tint === "number") color.tint = o.tint;
  if (typeof o.indexed === "number") color.indexed = o.indexed;
  return Object.keys(color).length > 0 ? color : undefined;
}

/** Text colour 1 of the theme (black), as a cell in the default font has it. */
function isDefaultColor(c: MemColor | undefined): boolean {
  return c === undefined || (c.theme === 1 && c.tint === undefined && c.argb === undefined);
}

/**
 * A cell's font other than bold, where it differs from the default font (Calibri 11, theme text colour)
 * that a saved copy gets anyway; undefined for that one. A theme's font scheme is left out: the copy has
 * the default theme, so a font is kept by its name.
 */
export function fontOf(font: Partial<ExcelJS.Font> | undefined): MemFont | undefined {
  if (!font) return undefined;
  const f: { -readonly [K in keyof MemFont]: MemFont[K] } = {};
  if (typeof font.name === "string") f.name = font.name;
  if (typeof font.size === "number") f.size = font.size;
  if (typeof font.family === "number") f.family = font.family;
  const color = colorOf(font.color);
  if (color) f.color = color;
  if (font.italic === true) f.italic = true;
  if (font.underline !== undefined && font.underline !== false && font.underline !== "none")
    f.underline = font.underline;
  if (font.strike === true) f.strike = true;
  if (font.vertAlign === "superscript" || font.vertAlign === "subscript") f.vertAlign = font.vertAlign;
  const plain =
    (f.name === undefined || f.name === "Calibri") &&
    (f.size === undefined || f.size === 11) &&
    isDefaultColor(f.color) &&
    !f.italic &&
    f.underline === undefined &&
    !f.strike &&
    f.vertAlign === undefined;
  return plain ? undefined : f;
}

/** The font exceljs writes: the kept one, with bold where the cell is bold. */
export function xFont(font: MemFont | undefined, bold: boolean): Partial<ExcelJS.Font> | undefined {
  if (font === undefined) return bold ? { bold: true } : undefined;
  const f = { ...font, ...(font.color ? { color: { ...font.color } } : {}) } as Partial<ExcelJS.Font>;
  return bold ? { ...f, bold: true } : f;
}

/** The hyperlink of a cell value ({ text, hyperlink }); undefined for any other value. */
export function linkOf(v: ExcelJS.CellValue): MemLink | undefined {
  if (v === null || typeof v !== "object" || v instanceof Date) return undefined;
  const o = v as unknown as Record<string, unknown>;
  if (typeof o.hyperlink !== "string" || o.hyperlink === "" || "formula" in o) return undefined;
  return typeof o.tooltip === "string"
    ? { target: o.hyperlink, tooltip: o.tooltip }
    : { target: o.hyperlink };
}

/**
 * A data validation as the model keeps it; null for one exceljs could not read whole (a bound that is a
 * cell reference in a number or date rule comes out as NaN or an invalid date), which is left out.
 */
export function validationOf(dv: ExcelJS.DataValidation | undefined): MemValidation | null {
  if (!dv) return null;
  const formulae: (string | number)[] = [];
  for (const f of (dv.formulae ?? []) as unknown[]) {
    if (f instanceof Date) {
      if (Number.isNaN(f.getTime())) return null;
      formulae.push(f.toISOString());
    } else if (typeof f === "number") {
      if (Number.isNaN(f)) return null;
      formulae.push(f);
    } else formulae.push(String(f));
  }
  const { type, allowBlank, operator, showInputMessage, showErrorMessage } = dv;
  const { promptTitle, prompt, errorStyle, errorTitle, error } = dv;
  const rule: Record<string, unknown> = {
    type,
    formulae,
    allowBlank,
    operator,
    showInputMessage,
    showErrorMessage,
    promptTitle,
    prompt,
    errorStyle,
    errorTitle,
    error,
  };
  for (const k of Object.keys(rule)) if (rule[k] === undefined) delete rule[k];
  if (formulae.length === 0) delete rule.formulae;
  return rule as unknown as MemValidation;
}

function xValidation(v: MemValidation): ExcelJS.DataValidation {
  return { ...v, formulae: [...(v.formulae ?? [])] } as ExcelJS.DataValidation;
}

/** The first view of a sheet (the one Excel opens it in); null where it is Excel's default. */
export function viewOf(views: readonly Partial<ExcelJS.WorksheetView>[] | undefined): MemSheetView | null {
  const v = views?.[0] as Record<string, unknown> | undefined;
  if (!v) return null;
  const state = v.state === "frozen" || v.state === "split" ? v.state : "normal";
  const view: { -readonly [K in keyof MemSheetView]: MemSheetView[K] } = { state };
  if (state !== "normal") {
    if (typeof v.xSplit === "number" && v.xSplit > 0) view.xSplit = v.xSplit;
    if (typeof v.ySplit === "number" && v.ySplit > 0) view.ySplit = v.ySplit;
    if (typeof v.topLeftCell === "string") view.topLeftCell = v.topLeftCell;
  }
  if (v.showGridLines === false) view.showGridLines = false;
  if (typeof v.zoomScale === "number" && v.zoomScale !== 100) view.zoomScale = v.zoomScale;
  if (v.rightToLeft === true) view.rightToLeft = true;
  return Object.keys(view).length > 1 || state !== "normal" ? view : null;
}

/** A sheet's hidden columns, data validations and view, as exceljs read them. */
export function readSheetParts(ws: ExcelJS.Worksheet, sheet: MemSheet): void {
  (ws.columns ?? []).forEach((c, i) => {
    if (c.hidden === true) sheet.hiddenCols.add(i);
  });
  sheet.view = viewOf(ws.views);
  const validations = (
    ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
  ).dataValidations.model;
  for (const [address, dv] of Object.entries(validations)) {
    const rule = validationOf(dv);
    const at = /^([A-Z]+)(\d+)$/.exec(address) ? parseArea(address) : null;
    if (rule !== null && at !== null) sheet.validations.set(cellKey(at.row, at.col), rule);
  }
}

/** A sheet's hidden columns, data validations and view, for exceljs to write. */
export function writeSheetParts(ws: ExcelJS.Worksheet, sheet: MemSheet): void {
  for (const [k, rule] of sheet.validations) {
    const { row, col } = keyCell(k);
    ws.getCell(row, col + 1).dataValidation = xValidation(rule);
  }
  if (sheet.view !== null) ws.views = [{ ...sheet.view } as Partial<ExcelJS.WorksheetView>];
  for (const col of sheet.hiddenCols) ws.getColumn(col + 1).hidden = true;
}

/** A totals row's functions by column name in lower case; those without one ("none") left out. */
export function totalsFunctionsOf(
  columns: readonly { name?: string; totalsRowFunction?: string }[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of columns)
    if (typeof c.name === "string" && c.totalsRowFunction !== undefined && c.totalsRowFunction !== "none")
      out.set(c.name.toLowerCase(), c.totalsRowFunction);
  return out;
}

/**
 * The totals row of a table exceljs has just added (with no functions): each column's function where it
 * is one SUBTOTAL computes, with the file's formula and result (a formula made for the table's name now
 * where the table has been renamed, e.g. moved in from another file beside a table of the same name),
 * and otherwise the cell as the workbook holds it (a label, a formula of the user's, or nothing). A column
 * the table grew by has no function, so its totals cell stays empty. exceljs cannot write a custom
 * formula's own part of the table, so such a column keeps its formula in the cell, without a function.
 */
export function writeTotals(
  ws: ExcelJS.Worksheet,
  wb: MemoryWorkbook,
  t: MemTable,
  cellValue: (row: number, col: number) => ExcelJS.CellValue,
): void {
  const table = ws.getTable(t.name) as unknown as {
    table: { columns: { name: string; totalsRowFunction?: string; totalsRowLabel?: string }[] };
    getFormula(c: { name: string; totalsRowFunction: string }): string | null;
  };
  const row = lastRow(t.area);
  wb.tableHeaders(t).forEach((name, j) => {
    const column = table.table.columns[j];
    if (!column) return;
    const fn = t.totalsFunctions?.get(name.toLowerCase());
    const cell = ws.getCell(row, t.area.col + j + 1);
    const value = cellValue(row, t.area.col + j);
    delete column.totalsRowLabel;
    if (fn !== undefined && TOTALS_FUNCTIONS.has(fn)) {
      column.totalsRowFunction = fn;
      const o =
        value !== null && typeof value === "object"
          ? (value as { formula?: unknown; result?: unknown })
          : null;
      // The file's own formula while it names the table as it is called now; else one made for that name.
      const own = typeof o?.formula === "string" && namesTable(o.formula, t.name);
      if (own) cell.value = value;
      else
        cell.value = {
          formula: table.getFormula({ name, totalsRowFunction: fn }) ?? "",
          result: (o !== null && "result" in o ? o.result : value) ?? undefined,
        } as ExcelJS.CellValue;
      return;
    }
    // A label or nothing, as Excel writes them: a label without a function.
    if (typeof value === "string") {
      delete column.totalsRowFunction;
      column.totalsRowLabel = value;
    } else column.totalsRowFunction = "none";
    cell.value = value;
  });
}

/** Whether a formula refers to the table by this name (Name[…]), whatever the case. */
function namesTable(formula: string, table: string): boolean {
  const name = table.replace(/[.\\]/g, "\\$&");
  return new RegExp(`(^|[^\\w.\\\\])${name}\\[`, "i").test(formula);
}

/** Splits "Data!$A$1:$B$3" or "'My Sheet'!$A$1" into a sheet name and an area; null for anything else. */
function rangeOf(text: string): { sheet: string; address: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/i.exec(text);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string);
  return { sheet, address: (m[3] as string).replace(/\$/g, "").toUpperCase() };
}

/**
 * The workbook's names that refer to ranges of its sheets, as exceljs reads them. `scoped` are names of one
 * sheet, which exceljs would make the workbook's: they are left out.
 */
export function readNames(x: ExcelJS.Workbook, wb: MemoryWorkbook, scoped: ReadonlySet<string>): void {
  const model = (x.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const { name, ranges } of model) {
    if (name.startsWith("_xlnm.") || scoped.has(name)) continue;
    const areas: { sheet: MemSheet; area: ReturnType<typeof parseArea> }[] = [];
    for (const text of ranges) {
      const r = rangeOf(text);
      const sheet = r === null ? null : wb.sheet(r.sheet);
      if (r !== null && sheet !== null) areas.push({ sheet, area: parseArea(r.address) });
    }
    if (areas.length > 0) wb.names.push({ name, areas });
  }
}

/** The model's names, under their sheets' names now; a name a table has taken meanwhile is left out. */
export function writeNames(x: ExcelJS.Workbook, wb: MemoryWorkbook): void {
  const taken = new Set(wb.tables.map((t) => t.name.toLowerCase()));
  for (const n of wb.names) {
    if (taken.has(n.name.toLowerCase())) continue;
    for (const { sheet, area } of n.areas) {
      if (!wb.sheets.includes(sheet)) continue;
      const absolute = formatArea(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      x.definedNames.add(`'${sheet.name.replace(/'/g, "''")}'!${absolute}`, n.name);
    }
  }
}
