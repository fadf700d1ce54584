/** Infers a column's date order from its text dates, only when the values themselves settle it. */
import type { Cell } from "../cell";
import { DateTextReader, READ_OK, READ_OUT_OF_RANGE } from "./readDateText";
import { DAY_1900_01_01 } from "./serial";
import type { DateOrder } from "./types";

const ORDERS: readonly DateOrder[] = ["DMY", "MDY", "YMD"];
const reader = new DateTextReader();

/**
 * The one order under which every text date of the column reads as a real date, when the others are
 * ruled out by at least one value (31/03/2026 -> DMY); undefined when several orders or none fit.
 * Numbers, blanks and error cells say nothing about the order and are skipped.
 */
export function inferDateOrder(cells: readonly Cell[]): DateOrder | undefined {
  let fits = [true, true, true];
  for (const cell of cells) {
    if (typeof cell !== "string" || cell.trim() === "") continue;
    fits = fits.map((ok, i) => ok && fitsOrder(cell, ORDERS[i] as DateOrder));
    if (!fits.includes(true)) return undefined;
  }
  const remaining = ORDERS.filter((_, i) => fits[i]);
  return remaining.length === 1 ? remaining[0] : undefined;
}

function fitsOrder(text: string, order: DateOrder): boolean {
  const status = reader.read(text, order, DAY_1900_01_01, true);
  return status === READ_OK || status === READ_OUT_OF_RANGE;
}
