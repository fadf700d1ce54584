/**
 * Date-time cells for the calendar: serials with a time fraction, or text such as "2026-03-31 14:30",
 * "31/03/2026 2:30 PM" and ISO "2026-03-31T14:30:00". Times are wall-clock minutes of the day; a serial's
 * fraction is rounded to the millisecond first (as Excel shows it) and then cut to the minute.
 */
import type { Cell } from "../cell";
import { nonDateCellFailure, serialFailure, textDateFailure, type DateFailure } from "./dateFailures";
import type { DateOptions } from "./parseDate";
import { DateTextReader, READ_OK } from "./readDateText";
import { firstDayOf, roundSerialToMs, serialToDay } from "./serial";

export type DateTimeResult =
  | {
      readonly ok: true;
      readonly day: number;
      /** Minute of the day, 0..1439. */
      readonly minute: number;
      /** False for a date alone (a whole serial, or text without a time). */
      readonly hasTime: boolean;
    }
  | DateFailure;

const reader = new DateTextReader();

export function parseDateTime(cell: Cell, opts: DateOptions): DateTimeResult {
  const { system } = opts;
  if (typeof cell === "number") {
    const { whole, ms } = Number.isFinite(cell) ? roundSerialToMs(cell) : { whole: NaN, ms: 0 };
    const problem = serialFailure(cell, whole, system);
    if (problem !== null) return problem;
    const day = serialToDay(whole, system) as number; // serialFailure ruled out every null case
    return { ok: true, day, minute: Math.floor(ms / 60000), hasTime: ms !== 0 };
  }
  if (typeof cell === "string") {
    const status = reader.read(cell, opts.order, firstDayOf(system), false);
    if (status !== READ_OK) return textDateFailure(status, reader, cell, system);
    return { ok: true, day: reader.day, minute: reader.minute, hasTime: reader.hasTime };
  }
  return nonDateCellFailure(cell);
}
