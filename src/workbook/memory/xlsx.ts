/**
 * .xlsx in and out of the memory workbook with exceljs. Values arrive as Excel would give them to the
 * add-in: dates (which exceljs turns into JS Dates) become serials again in the workbook's date system,
 * error cells become cellError, formulas keep their cached result. A formula the file holds no result
 * for (a tool wrote it without calculating) reads as blank and is kept in its sheet's `uncalculated`, so
 * a read of the table says so (readTable) instead of calling the cell blank. Add-in settings and the names of
 * CSV-backed tables travel in a very hidden sheet, "BO_Settings" (see settingsSheet.ts), because
 * exceljs cannot write the add-in part; it never holds cell data. Settings the add-in kept in a
 * workbook saved by Excel are read from the package's web extension part, and win over the sheet's.
 * Fonts, hyperlinks, data validations, panes, totals rows and defined names are kept for a saved copy
 * (xlsxKept.ts); what else the file holds, which a copy leaves out, is listed in the workbook's notKept.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readAddinSettings } from "./addinSettings";
import { formulasWithoutValue } from "./formulaValues";
import { cellError, isCellError, type Cell } from "../../core/cell";
import { formatArea, lastCol, lastRow, parseArea } from "../address";
import { settingRow, settingsFromRows, SETTINGS_SHEET } from "../settingsSheet";
import { cellKey, keyCell, MemoryWorkbook, type MemCell, type MemSheet } from "./model";
import {
  fontOf,
  linkOf,
  readNames,
  readSheetParts,
  totalsFunctionsOf,
  writeNames,
  writeSheetParts,
  writeTotals,
  xFont,
} from "./xlsxKept";
import { definedNames, notKeptOf } from "./xlsxNotKept";

export { SETTINGS_SHEET };
const RANGES_KEY = "__bo.ranges";
const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system; the 1904 system starts 1,462 days later. */
const UNIX_EPOCH_1900 = 25_569;

export function dateToSerial(d: Date, date1904: boolean): number {
  const serial = d.getTime() / DAY_MS + UNIX_EPOCH_1900 - (date1904 ? 1462 : 0);
  // exceljs rounds to the millisecond; undo the float noise that leaves behind.
  return Math.round(serial * 1e9) / 1e9;
}

type XValue = ExcelJS.CellValue;

function fromValue(v: XValue, date1904: boolean): { value: Cell; formula: string | null } {
  if (v === null || v === undefined) return { value: null, formula: null };
  if (v instanceof Date) return { value: dateToSerial(v, date1904), formula: null };
  if (typeof v === "number" || typeof v === "boolean") return { value: v, formula: null };
  if (typeof v === "string") return { value: v === "" ? null : v, formula: null };
  if (typeof v === "object") {
    const o = v as unknown as Record<string, unknown>;
    if (typeof o.error === "string") return { value: cellError(o.error), formula: null };
    if (Array.isArray(o.richText))
      return { value: (o.richText as { text: string }[]).map((r) => r.text).join(""), formula: null };
    if ("formula" in o || "sharedFormula" in o) {
      const result = fromValue((o.result ?? null) as XValue, date1904).value;
      const f = typeof o.formula === "string" ? o.formula : null;
      return { value: result, formula: f === null ? null : `=${f}` };
    }
    if (typeof o.text === "string") return { value: o.text, formula: null };
  }
  return { value: String(v), formula: null };
}

/** A formula exceljs read without a result: never calculated, or calculated to empty text (formulaValues). */
function formulaWithoutResult(v: XValue): boolean {
  if (v === null || typeof v !== "object" || v instanceof Date) return false;
  const o = v as unknown as Record<string, unknown>;
  return ("formula" in o || "sharedFormula" in o) && o.result === undefined;
}

function noteText(note: unknown): string | null {
  if (typeof note === "string") return note;
  if (note && typeof note === "object" && Array.isArray((note as { texts?: unknown }).texts))
    return ((note as { texts: { text: string }[] }).texts ?? []).map((t) => t.text).join("");
  return null;
}

function fillOf(fill: unknown): string | null {
  const f = fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
  if (!f || f.type !== "pattern" || f.pattern !== "solid" || !f.fgColor?.argb) return null;
  return `#${f.fgColor.argb.slice(-6).toUpperCase()}`;
}

/** Loads an .xlsx file (bytes) into a memory workbook. */
export async function loadXlsx(data: ArrayBuffer | Uint8Array): Promise<MemoryWorkbook> {
  const x = new ExcelJS.Workbook();
  const bytes =
    data instanceof Uint8Array
      ? (data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer)
      : data;
  await x.xlsx.load(bytes);
  const wb = new MemoryWorkbook();
  wb.date1904 = x.properties.date1904 === true;
  let ranges: { name: string; sheet: string; address: string }[] = [];
  /** Formula cells read without a result, by sheet name: A1 address -> cell key. */
  const noResult = new Map<string, Map<string, number>>();
  for (const ws of x.worksheets) {
    if (ws.name === SETTINGS_SHEET) {
      const rows: unknown[][] = [];
      ws.eachRow((row) =>
        rows.push(Array.from({ length: row.cellCount }, (_, c) => row.getCell(c + 1).value)),
      );
      for (const [key, value] of settingsFromRows(rows)) {
        if (key === RANGES_KEY) {
          if (Array.isArray(value)) ranges = value as typeof ranges;
        } else wb.settings.set(key, value);
      }
      continue;
    }
    const sheet = wb.addSheet(ws.name);
    sheet.hidden = ws.state !== "visible";
    sheet.protected =
      (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet === true;
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.hidden) sheet.hiddenRows.add(r);
      row.eachCell({ includeEmpty: true }, (c, col) => {
        const read = fromValue(c.value, wb.date1904);
        const { value } = read;
        const missing = formulaWithoutResult(c.value);
        // A filled-down formula without its result: keep its text (exceljs gives it translated), as nothing
        // else of the cell is there to keep.
        const formula = read.formula ?? (missing ? `=${c.formula}` : null);
        if (missing) {
          const cells = noResult.get(ws.name) ?? new Map<string, number>();
          noResult.set(ws.name, cells.set(c.address, cellKey(r, col - 1)));
        }
        const format = typeof c.numFmt === "string" && c.numFmt !== "" ? c.numFmt : "General";
        const fill = fillOf(c.fill);
        const bold = c.font?.bold === true;
        const font = fontOf(c.font);
        const link = formula === null ? linkOf(c.value) : undefined;
        const styled = format !== "General" || fill !== null || bold || font !== undefined;
        if (value !== null || formula !== null || styled || link !== undefined)
          sheet.edit(r, col - 1, (m) => Object.assign(m, { value, formula, format, fill, bold, font, link }));
        const note = noteText(c.note);
        if (note !== null) sheet.notes.set((r - 1) * 16_384 + (col - 1), note);
      });
    });
    sheet.merged = ((ws.model as { merges?: string[] }).merges ?? []).map((m) => parseArea(m));
    // The user's own column widths, so a saved copy looks like the file it came from.
    (ws.columns ?? []).forEach((c, i) => {
      if (typeof c.width === "number" && c.width > 0) sheet.widths.set(i, c.width);
    });
    readSheetParts(ws, sheet);
    for (const t of Object.values((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {})) {
      const model = (
        t as unknown as {
          table: {
            name: string;
            tableRef?: string;
            ref?: string;
            totalsRow?: boolean;
            style?: { theme?: string };
            columns?: { name?: string; totalsRowFunction?: string }[];
          };
        }
      ).table;
      const ref = model.tableRef ?? model.ref;
      if (!ref) continue;
      const area = parseArea(ref);
      wb.tables.push({
        name: model.name,
        sheet,
        area,
        showTotals: model.totalsRow === true,
        style: model.style?.theme ?? "TableStyleMedium2",
        ...(model.totalsRow === true ? { totalsFunctions: totalsFunctionsOf(model.columns ?? []) } : {}),
      });
    }
  }
  for (const r of ranges) {
    const sheet = wb.sheet(r.sheet);
    if (sheet) wb.ranges.push({ name: r.name, sheet, area: parseArea(r.address) });
  }
  const zip = await JSZip.loadAsync(bytes);
  const names = definedNames((await zip.file("xl/workbook.xml")?.async("string")) ?? "");
  readNames(x, wb, new Set(names.filter((n) => n.scoped).map((n) => n.name)));
  wb.notKept.push(
    ...(await notKeptOf(
      zip,
      x,
      names,
      wb.names.map((n) => n.name),
    )),
  );
  const addresses = new Map([...noResult].map(([name, cells]) => [name, new Set(cells.keys())]));
  for (const [name, found] of await formulasWithoutValue(zip, addresses)) {
    const sheet = wb.sheet(name);
    const cells = noResult.get(name);
    if (sheet === null || cells === undefined) continue;
    for (const address of found) sheet.uncalculated.add(cells.get(address) as number);
  }
  // What the add-in kept while the workbook was open in Excel is newer than what a command-line run saved.
  for (const [k, v] of await readAddinSettings(zip)) wb.settings.set(k, v);
  return wb;
}

/**
 * A cell as exceljs writes it. A formula without a value is written without one only where the file it
 * came from held none (uncalculated); otherwise its value was empty text, and stays so.
 */
/**
 * Text as the file format stores it: a control character, which XML cannot hold, as Excel writes it
 * (_x001B_ for ESC, _x000D_ for a carriage return, which XML would turn into a line feed), and text that reads like such an escape kept as written (_x0041_ as _x005F_x0041_);
 * reading the file turns both back. Without this the characters are dropped and "_x0041_" reads as "A".
 */
export function storedText(text: string): string {
  // Every underscore that starts an escape-like run, also one ending another ("_x005F_x0041_").
  const kept = text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_");
  let out = "";
  let from = 0;
  for (let i = 0; i < kept.length; i++) {
    const code = kept.charCodeAt(i);
    // Tab and line feed are XML's own; every other C0 control, and U+FFFE/U+FFFF, is not.
    if (!((code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0xfffe || code === 0xffff)) continue;
    out += `${kept.slice(from, i)}_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
    from = i + 1;
  }
  return from === 0 ? kept : out + kept.slice(from);
}

function toValue(c: MemCell, uncalculated: boolean): XValue {
  const v = c.value;
  const value: XValue =
    v === null
      ? null
      : isCellError(v)
        ? ({ error: v.code } as XValue)
        : typeof v === "string"
          ? storedText(v)
          : (v as XValue);
  if (c.formula !== null)
    return { formula: c.formula.slice(1), result: value ?? (uncalculated ? undefined : "") } as XValue;
  if (c.link !== undefined && typeof value === "string")
    return { text: value, hyperlink: c.link.target, ...(c.link.tooltip ? { tooltip: c.link.tooltip } : {}) };
  return value;
}

function writeSheet(x: ExcelJS.Workbook, wb: MemoryWorkbook, s: MemSheet): Promise<void> | void {
  const ws = x.addWorksheet(s.name, { state: s.hidden ? "hidden" : "visible" });
  const tables = wb.tables.filter((t) => t.sheet === s);
  for (const [k, c] of s.cells) {
    const { row, col } = keyCell(k);
    const cell = ws.getCell(row, col + 1);
    cell.value = toValue(c, s.uncalculated.has(k));
    if (c.format !== "General") cell.numFmt = c.format;
    if (c.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${c.fill.slice(1)}` } };
    const font = xFont(c.font, c.bold);
    if (font) cell.font = font;
  }
  writeSheetParts(ws, s);
  for (const m of s.merged) ws.mergeCells(formatArea(m));
  for (const r of s.hiddenRows) ws.getRow(r).hidden = true;
  for (const [col, width] of s.widths) ws.getColumn(col + 1).width = width;
  for (const t of tables) {
    const headers = wb.tableHeaders(t);
    const first = t.area.row + 1;
    const last = lastRow(t.area) - (t.showTotals ? 1 : 0);
    const rows: XValue[][] = [];
    for (let r = first; r <= last; r++) {
      const row: XValue[] = [];
      for (let c = t.area.col; c <= lastCol(t.area); c++) {
        const m = s.get(r, c);
        row.push(m ? toValue(m, s.uncalculated.has(cellKey(r, c))) : null);
      }
      rows.push(row);
    }
    ws.addTable({
      name: t.name,
      ref: formatArea({ ...t.area, rows: 1, cols: 1 }),
      headerRow: true,
      totalsRow: t.showTotals,
      style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      rows: rows.length > 0 ? rows : [headers.map(() => null)],
    });
    if (t.showTotals)
      writeTotals(ws, wb, t, (r, c) => {
        const m = s.get(r, c);
        return m ? toValue(m, s.uncalculated.has(cellKey(r, c))) : null;
      });
  }
  for (const [k, text] of s.notes) {
    const { row, col } = keyCell(k);
    const cell = ws.getCell(row, col + 1);
    // exceljs reads a note back only onto a cell that is in the sheet data; a style keeps an empty one there.
    if (!s.cells.has(k)) cell.font = { bold: false };
    cell.note = storedText(text);
  }
  if (s.protected) return ws.protect("", {});
}

/** Saves the memory workbook as .xlsx bytes. */
export async function saveXlsx(wb: MemoryWorkbook): Promise<Uint8Array> {
  const x = new ExcelJS.Workbook();
  x.properties.date1904 = wb.date1904;
  for (const s of wb.sheets) await writeSheet(x, wb, s);
  writeNames(x, wb);
  if (wb.settings.size > 0 || wb.ranges.length > 0) {
    const hs = x.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    let r = 1;
    const put = (key: string, value: unknown): void => {
      hs.getRow(r++).values = settingRow(key, value);
    };
    for (const [k, v] of wb.settings) put(k, v);
    if (wb.ranges.length > 0)
      put(
        RANGES_KEY,
        wb.ranges.map((g) => ({ name: g.name, sheet: g.sheet.name, address: formatArea(g.area) })),
      );
  }
  const buf = await x.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
