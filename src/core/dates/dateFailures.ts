/** Why a cell is not a date, worded once for parseDate and parseDateTime. */
import { describeCell } from "../cell";
import { isoFromDay, weekdayOfDay } from "./day";
import { monthName, weekdayName } from "./monthNames";
import * as R from "./readDateText";
import { firstDayOf, MAX_SERIAL_1900, MAX_SERIAL_1904, PHANTOM_SERIAL } from "./serial";
import type { DateFailureCode, DateSystem } from "./types";

export interface DateFailure {
  readonly ok: false;
  readonly code: DateFailureCode;
  readonly reason: string;
  /** For date_ambiguous: the readings, e.g. "2026-04-03 (DMY) or 2026-03-04 (MDY)". */
  readonly readings?: string;
}

export function dateFailure(code: DateFailureCode, reason: string): DateFailure {
  return { ok: false, code, reason };
}

/** Failure for a non-text, non-number cell: blank, boolean or error cell. */
export function nonDateCellFailure(cell: boolean | null | { readonly code: string }): DateFailure {
  if (cell === null) return dateFailure("date_blank", "the cell is blank");
  if (typeof cell === "boolean")
    return dateFailure("date_invalid", `${describeCell(cell)} is a logical value, not a date`);
  return dateFailure("date_error_cell", `the cell holds the error ${cell.code}`);
}

/**
 * Why a number is not a date serial, or null when it is. `whole` is the day part to judge (the integer
 * part, or for date-times the day after rounding the time to the millisecond).
 */
export function serialFailure(serial: number, whole: number, system: DateSystem): DateFailure | null {
  if (!Number.isFinite(serial)) return dateFailure("date_invalid", `${serial} is not a date serial number`);
  if (whole < 0) {
    return dateFailure(
      "date_out_of_range",
      `${serial} is before ${isoFromDay(firstDayOf(system))}, serial 0 of the ${system} date system`,
    );
  }
  if (system === 1900 && whole === 0) {
    return serial === 0
      ? dateFailure(
          "date_out_of_range",
          `0 is Excel's day zero (shown as 1900-01-00), usually an empty cell seen through a formula`,
        )
      : dateFailure("date_invalid", `${serial} is a time of day with no date`);
  }
  if (system === 1900 && whole === PHANTOM_SERIAL) {
    return dateFailure(
      "date_invalid",
      `serial ${serial} is 1900-02-29, a day that never existed (Excel keeps it for compatibility with Lotus 1-2-3)`,
    );
  }
  const max = system === 1900 ? MAX_SERIAL_1900 : MAX_SERIAL_1904;
  if (whole > max)
    return dateFailure("date_out_of_range", `${serial} is after 9999-12-31, the last date Excel can store`);
  return null;
}

/** Worded failure for the reader's status on `text`. */
export function textDateFailure(
  status: number,
  reader: R.DateTextReader,
  text: string,
  system: DateSystem,
): DateFailure {
  const shown = describeCell(text);
  const readAs = reader.readAs === "" ? "" : ` (read as ${reader.readAs})`;
  switch (status) {
    case R.READ_BLANK:
      return dateFailure("date_blank", "the cell is blank");
    case R.READ_AMBIGUOUS: {
      const readings = `${isoFromDay(reader.dayA)} (DMY) or ${isoFromDay(reader.dayB)} (MDY)`;
      return { ok: false, code: "date_ambiguous", reason: `${shown} can be ${readings}`, readings };
    }
    case R.READ_OUT_OF_RANGE: {
      const first = firstDayOf(system);
      const iso = `${String(reader.y).padStart(4, "0")}-${two(reader.m)}-${two(reader.d)}`;
      return reader.day < first
        ? dateFailure(
            "date_out_of_range",
            `${iso} is before ${isoFromDay(first)}, the first date of the ${system} date system`,
          )
        : dateFailure("date_out_of_range", `${iso} is after 9999-12-31, the last date Excel can store`);
    }
    case R.READ_BAD_MONTH:
      return invalid(`${shown}${readAs} has month ${reader.m}; months run from 1 to 12`);
    case R.READ_BAD_DAY:
      if (reader.y === 1900 && reader.m === 2 && reader.d === 29) {
        return invalid(`${shown}: 1900 was not a leap year, so 1900-02-29 never existed`);
      }
      return invalid(`${shown}${readAs}: ${monthName(reader.m)} ${reader.y} has no day ${reader.d}`);
    case R.READ_WEEKDAY:
      return invalid(
        `${shown}: ${isoFromDay(reader.day)} is a ${weekdayName(weekdayOfDay(reader.day))}, not a ${weekdayName(reader.namedWeekday)}`,
      );
    case R.READ_INCOMPLETE:
      return invalid(`${shown} needs a day, a month and a year`);
    case R.READ_NUMBER_TEXT:
      return invalid(
        `${shown} is a number stored as text; if it is an Excel date serial, store it as a number formatted as a date`,
      );
    case R.READ_TIME_ONLY:
      return invalid(`${shown} is a time with no date`);
    case R.READ_BAD_TIME:
      return invalid(`${shown} has an impossible time`);
    case R.READ_TIME_ZONE:
      return invalid(
        `${shown} carries a time zone; times are read as local clock times, so remove the zone or convert first`,
      );
    case R.READ_LAYOUT:
    case R.READ_ORDER:
      return invalid(`${shown} is not laid out as a date (day, month and year)`);
    default: {
      const lead = text.length - text.trimStart().length;
      if (reader.at <= lead) return invalid(`${shown} is not a date`);
      return invalid(`unexpected ${JSON.stringify(text.charAt(reader.at))} in ${shown}`);
    }
  }
}

function invalid(reason: string): DateFailure {
  return dateFailure("date_invalid", reason);
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}
