/**
 * Date cells to day numbers or a typed issue. Numbers are Excel serials (serial.ts: 0 and the phantom
 * 1900-02-29 are issues, fractions are dropped), or basic ISO dates when too large for a serial
 * (20260331); text goes through readDateText.ts with the declared order.
 */
import type { Cell } from "../cell";
import { dayFromIso } from "./day";
import {
  dateFailure,
  nonDateCellFailure,
  serialFailure,
  textDateFailure,
  type DateFailure,
} from "./dateFailures";
import { DateTextReader, READ_OK } from "./readDateText";
import {
  basicIsoNumberDay,
  DAY_1899_12_31,
  isBasicIsoShaped,
  DAY_1904_01_01,
  firstDayOf,
  MAX_SERIAL_1900,
  MAX_SERIAL_1904,
  serialToDay,
} from "./serial";
import type { DateOrder, DateSystem } from "./types";

export interface DateOptions {
  readonly system: DateSystem;
  /** How to read numeric text dates; ISO is accepted whatever the order. */
  readonly order?: DateOrder;
}

export type DateResult = { readonly ok: true; readonly day: number } | DateFailure;

const reader = new DateTextReader();
const DAY_OFFSET_1900 = 25569; // serial 61 = 1900-03-01 = day -25508

/** One date cell: the day it names (days since 1970-01-01), or why not. */
export function parseDate(cell: Cell, opts: DateOptions): DateResult {
  const { system } = opts;
  if (typeof cell === "number") {
    const basic = basicIsoNumberDay(cell, system);
    if (basic !== null) return { ok: true, day: basic };
    if (isBasicIsoShaped(cell))
      return dateFailure(
        "date_invalid",
        `${cell} is too large for a date serial and, read as yyyymmdd, is no date of the ${system} date system`,
      );
    const problem = serialFailure(cell, Math.floor(cell), system);
    if (problem !== null) return problem;
    const day = serialToDay(cell, system);
    return day === null
      ? dateFailure("date_out_of_range", `${cell} is not an Excel date`)
      : { ok: true, day };
  }
  if (typeof cell === "string") {
    const status = reader.read(cell, opts.order, firstDayOf(system), false);
    return status === READ_OK ? { ok: true, day: reader.day } : textDateFailure(status, reader, cell, system);
  }
  return nonDateCellFailure(cell);
}

/** Fast path: the day parseDate would return, or NaN for anything it would not accept. */
export function parseDateDay(cell: Cell, system: DateSystem, order?: DateOrder): number {
  if (typeof cell === "number") {
    if (cell >= 10000101) return basicIsoNumberDay(cell, system) ?? NaN;
    if (system === 1904)
      return cell >= 0 && cell < MAX_SERIAL_1904 + 1 ? Math.floor(cell) + DAY_1904_01_01 : NaN;
    if (cell >= 61) return cell < MAX_SERIAL_1900 + 1 ? Math.floor(cell) - DAY_OFFSET_1900 : NaN;
    return cell >= 1 && cell < 60 ? Math.floor(cell) + DAY_1899_12_31 : NaN;
  }
  if (typeof cell === "string") {
    // Plain ISO is the common text date and reads the same under every order: skip the general reader.
    const iso = cell.length === 10 ? dayFromIso(cell) : null;
    if (iso !== null && iso >= firstDayOf(system)) return iso;
    return reader.read(cell, order, firstDayOf(system), false) === READ_OK ? reader.day : NaN;
  }
  return NaN;
}
