/** What a sample table is, and the number formats and date serials the sample tables share. */
import type { Cell } from "../../core/cell";
import { dayFromIso, dayToSerial } from "../../core/dates";

export interface SampleTable {
  readonly sheet: string;
  readonly table: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Excel number format per column (dates and money), null for General. */
  readonly formats: readonly (string | null)[];
}

export const DATE = "yyyy-mm-dd";
export const MONEY = "#,##0.00";
export const DATETIME = "yyyy-mm-dd hh:mm";

/** An ISO date as the 1900-system serial Excel stores. */
export function serial(iso: string): number {
  const day = dayFromIso(iso);
  if (day === null) throw new Error(`sample date ${iso}`);
  return dayToSerial(day, 1900);
}

/** Date-time serial: whole days plus the fraction of the day. */
export function serialAt(iso: string, hh: number, mm: number): number {
  return serial(iso) + (hh * 60 + mm) / 1440;
}
