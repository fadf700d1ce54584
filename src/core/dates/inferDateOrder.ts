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
 *
 * Two-digit years: "31.03.26" also reads year first (2031-03-26), so YMD is rarely ruled out. Without a
 * declared order each such value is read year last, as DMY or MDY (readDateText), so when YMD and one
 * of those two are left, the column takes that one: it is how its unambiguous values are read already,
 * and it settles the values that read both ways ("02.04.26" beside "31.03.26"). Only values no year-last
 * order reads ("45/03/01") make a column YMD.
 */
export function inferDateOrder(cells: readonly Cell[]): DateOrder | undefined {
  let fits = [true, true, true];
  for (const cell of cells) {
    if (typeof cell !== "string" || cell.trim() === "") continue;
    fits = fits.map((ok, i) => ok && fitsOrder(cell, ORDERS[i] as DateOrder));
    if (!fits.includes(true)) return undefined;
  }
  const remaining = ORDERS.filter((_, i) => fits[i]);
  if (remaining.length === 2 && remaining.includes("YMD")) return remaining[0];
  return remaining.length === 1 ? remaining[0] : undefined;
}

function fitsOrder(text: string, order: DateOrder): boolean {
  const status = reader.read(text, order, DAY_1900_01_01, true);
  return status === READ_OK || status === READ_OUT_OF_RANGE;
}
