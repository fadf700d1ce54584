/**
 * Excel's AutoFit of column widths, for the memory workbook: each column of an area gets the width of its
 * longest text as shown (number formats applied), so saved numbers never show as "########".
 */
import type { Area } from "../address";
import { inArea } from "./cells";
import { displayText } from "./displayText";
import type { MemSheet, MemoryWorkbook } from "./model";

/** Excel's default column width (Calibri 11), in characters of the default font's digits. */
export const DEFAULT_COLUMN_WIDTH = 8.43;
/** Long notes are cut here rather than making a column wider than a screen. */
export const MAX_FITTED_WIDTH = 80;
/** AutoFit leaves a little room either side of the text. */
const PADDING = 1.5;
/** A table's header row has a filter button over the end of its text. */
const FILTER_BUTTON = 2.5;
/** Bold text is about a tenth wider. */
const BOLD = 1.1;
/** East Asian wide and full-width characters take two digits' width. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width of a text in characters of the default font's digits: its longest line. */
export function textWidth(text: string, bold = false): number {
  let longest = 0;
  for (const line of text.split(/\r?\n/)) {
    let w = 0;
    for (const ch of line) w += WIDE.test(ch) ? 2 : 1;
    longest = Math.max(longest, w);
  }
  return bold ? longest * BOLD : longest;
}

/** The column width that shows text of this width whole, kept within the default and the maximum. */
export function fittedWidth(text: number): number {
  const w = Math.min(MAX_FITTED_WIDTH, Math.max(DEFAULT_COLUMN_WIDTH, text + PADDING));
  return Math.round(w * 100) / 100;
}

/** Sets each column of the area that holds something to fit it; columns empty in the area keep their width. */
export function fitColumns(wb: MemoryWorkbook, s: MemSheet, area: Area): void {
  const system = wb.date1904 ? 1904 : 1900;
  const headers = wb.tables.filter((t) => t.sheet === s).map((t) => ({ ...t.area, rows: 1 }));
  const longest = new Map<number, number>();
  for (const [row, col, cell] of s.within(area)) {
    // Excel's AutoFit passes over merged cells.
    if (s.merged.some((m) => inArea(m, row, col))) continue;
    const text = displayText(cell.value, cell.format, system);
    if (text === "") continue;
    // A table style shows its header row bold.
    const header = headers.some((h) => inArea(h, row, col));
    const w = textWidth(text, cell.bold || header) + (header ? FILTER_BUTTON : 0);
    longest.set(col, Math.max(longest.get(col) ?? 0, w));
  }
  for (const [col, w] of longest) s.widths.set(col, fittedWidth(w));
}
