/** How parsed values read in messages: amounts with their decimals, dates as ISO, quantities without trailing zeros. */
import { describeCell, type Cell } from "../cell";
import { isoFromDay } from "../dates";
import { formatMinor } from "../money";
import type { FieldType } from "./fieldTypes";
import type { ColumnValues } from "./types";

/** A quantity's minor units without the zeros a scale of 3 adds: 12000 at 3 -> "12". */
export function showQuantity(minor: number, decimals: number): string {
  const s = formatMinor(minor, decimals);
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

export function showDateTime(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const m = minutes - day * 1440;
  const hh = String(Math.floor(m / 60)).padStart(2, "0");
  const mm = String(m % 60).padStart(2, "0");
  return `${isoFromDay(day)} ${hh}:${mm}`;
}

/** A number of the column's type (as held in `num`) the way a user writes it. */
export function showNumber(type: FieldType, x: number, decimals: number): string {
  switch (type) {
    case "amount":
      return formatMinor(x, decimals);
    case "quantity":
      return showQuantity(x, decimals);
    case "date":
      return isoFromDay(x);
    case "datetime":
      return showDateTime(x);
    case "boolean":
      return x === 1 ? "TRUE" : "FALSE";
    default:
      return String(x);
  }
}

export function decimalsAt(cv: ColumnValues, i: number): number {
  return cv.rowDecimals === undefined ? cv.decimals : (cv.rowDecimals[i] as number);
}

/** Record i of a parsed column as a user reads it (its parsed value when OK, the cell otherwise). */
export function showValue(cv: ColumnValues, i: number, cells?: readonly Cell[]): string {
  if (cv.num !== undefined && cv.status[i] === 0)
    return showNumber(cv.col.type, cv.num[i] as number, decimalsAt(cv, i));
  const t = cv.text?.[i];
  if (t !== undefined && t !== null) return t;
  const items = cv.items?.[i];
  if (items !== undefined && items !== null) return items.join("; ");
  return describeCell(cells?.[i] ?? null);
}
