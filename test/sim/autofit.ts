/**
 * RangeFormat.autofitColumns: each column of the range gets the width of its longest shown text in the
 * range (only the range's cells count, as in Excel). Widths are simulated in characters, from a rough
 * rendering of the number format; tests assert which columns were fitted and that they grew, not pixels.
 */
import type { Rect } from "./address";
import type { SimSheet } from "./sheet";
import type { SimCell } from "./values";

/** Excel's default column width and its largest, in characters. */
export const SIM_DEFAULT_WIDTH = 8.43;
const SIM_MAX_WIDTH = 255;

/** Roughly what Excel shows for the cell: numbers with their format's decimals, grouping and literals. */
export function shownText(cell: SimCell | undefined): string {
  const v = cell?.value ?? null;
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const format = (cell?.numberFormat ?? "General").split(";")[0] ?? "";
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  if (format === "General" || format === "@" || !/[0#?ymdhs]/i.test(bare)) return String(v);
  // A date shows as long as its format's codes (yyyy-mm-dd as 2026-03-31).
  if (/[ymdhs]/i.test(bare)) return format.replace(/["\\]|\[[^\]]*\]/g, "");
  const decimals = /\.([0#]+)/.exec(bare)?.[1]?.length ?? 0;
  const percent = bare.includes("%");
  const digits = (percent ? v * 100 : v).toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: bare.includes(","),
  });
  const literals = format.replace(/[0#?,.%]|\[[^\]]*\]|["\\]/g, "");
  return `${literals}${digits}${percent ? "%" : ""}`;
}

/** Fits the rectangle's columns; a column with nothing shown in the rectangle keeps its width. */
export function autofit(sheet: SimSheet, rect: Rect): void {
  const longest = new Map<number, number>();
  for (const [, c, cell] of sheet.stored(rect)) {
    const n = shownText(cell).length;
    if (n > 0) longest.set(c, Math.max(longest.get(c) ?? 0, n));
  }
  for (const [c, n] of longest)
    sheet.columnWidths.set(c, Math.min(SIM_MAX_WIDTH, Math.max(SIM_DEFAULT_WIDTH, n + 1)));
}
