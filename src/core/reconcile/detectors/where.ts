/** Locations and amounts as findings print them: "Bank row 14", "1,243.00 USD". */
import { formatLocation, type IssueLocation } from "../../issues";
import { formatAmount } from "../reason";
import type { RecordSet } from "../types";

export function locationOf(set: RecordSet, i: number, column?: string): IssueLocation {
  const row = set.rows[i] as number;
  return {
    sheet: set.sheet,
    table: set.table,
    ...(row > 0 ? { row } : {}),
    ...(column === undefined ? {} : { column }),
  };
}

/** "Bank row 14" (or the row key when the record did not come from a sheet). */
export function rowLabel(set: RecordSet, i: number): string {
  const row = set.rows[i] as number;
  return row > 0 ? formatLocation({ table: set.table, row }) : (set.keys[i] as string);
}

export function money(minor: number, currency: string): string {
  const text = formatAmount(minor, currency);
  return currency === "" ? text : `${text} ${currency}`;
}
