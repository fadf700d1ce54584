/**
 * Excel serial numbers <-> calendar days: the one module that knows Excel's two date systems.
 *
 * 1900 system (Windows default): serial 1 = 1900-01-01. Excel copies Lotus 1-2-3 in treating 1900 as a
 * leap year, so serial 60 is 1900-02-29, a day that never existed, and serials 1..59 sit one day off the
 * rest: n >= 61 is 1899-12-30 + n, n in 1..59 is 1899-12-31 + n.
 *   - Serial 60: no calendar day. serialToDay returns null; parseDate reports date_invalid; only
 *     serialToIsoDateTime, which renders what Excel shows, prints "1900-02-29".
 *   - Serial 0: Excel shows "1900-01-00", which is what an empty cell looks like when a formula
 *     refers to it, and the date part of a pure time. serialToDay maps it to 1899-12-31 (as xlrd and
 *     the serials 1..59 rule do), so times of day (0.5 = 1899-12-31T12:00:00) convert; parseDate and
 *     parseDateTime report it as an issue: it is not a date a user entered.
 * 1904 system (old Mac workbooks): serial 0 = 1904-01-01, no phantom day. For any date from 1904-01-01
 * on, its 1900 serial is its 1904 serial + 1462.
 * Upper limit in both: 9999-12-31 (2,958,465 and 2,957,003). Fractions are the time of day.
 */
import { dayFromYmd, isoFromDay, isValidYmd } from "./day";
import type { DateSystem } from "./types";

/** Day numbers (days since 1970-01-01) of Excel's landmarks. */
export const DAY_1899_12_31 = -25568;
export const DAY_1900_01_01 = -25567;
export const DAY_1900_03_01 = -25508;
export const DAY_1904_01_01 = -24107;
export const DAY_9999_12_31 = 2932896;

export const MAX_SERIAL_1900 = 2958465;
export const MAX_SERIAL_1904 = 2957003;
/** The phantom 1900-02-29 of the 1900 system. */
export const PHANTOM_SERIAL = 60;

const MS_PER_DAY = 86400000;

/** The day of a serial's integer part; null for serial 60 (1900), negatives, NaN and past 9999-12-31. */
export function serialToDay(serial: number, system: DateSystem): number | null {
  const n = Math.floor(serial);
  if (system === 1904) return n >= 0 && n <= MAX_SERIAL_1904 ? n + DAY_1904_01_01 : null;
  if (n >= 61) return n <= MAX_SERIAL_1900 ? n - 25569 : null;
  if (n >= 0 && n < 60) return n + DAY_1899_12_31;
  return null;
}

/** The serial Excel stores for a day; NaN for days Excel cannot hold (before 1900-01-01 / 1904-01-01, after 9999). */
export function dayToSerial(day: number, system: DateSystem): number {
  if (!Number.isInteger(day) || day > DAY_9999_12_31) return NaN;
  if (system === 1904) return day >= DAY_1904_01_01 ? day - DAY_1904_01_01 : NaN;
  if (day >= DAY_1900_03_01) return day + 25569;
  return day >= DAY_1900_01_01 ? day - DAY_1899_12_31 : NaN;
}

/** The earliest day a text date may name in a system: the first day Excel can store there. */
export function firstDayOf(system: DateSystem): number {
  return system === 1904 ? DAY_1904_01_01 : DAY_1900_01_01;
}

/**
 * A serial as Excel shows it: "YYYY-MM-DDTHH:MM:SS", plus ".mmm" when the milliseconds are not zero.
 * The time is rounded to the nearest millisecond (carrying into the next day at midnight), so
 * 0.9999999884 is 23:59:59.999. Serial 60 (1900) prints the phantom "1900-02-29". Null outside the range.
 */
export function serialToIsoDateTime(serial: number, system: DateSystem): string | null {
  if (!(serial >= 0)) return null;
  const { whole, ms } = roundSerialToMs(serial);
  let date: string;
  if (system === 1900 && whole === PHANTOM_SERIAL) {
    date = "1900-02-29";
  } else {
    const day = serialToDay(whole, system);
    if (day === null) return null;
    date = isoFromDay(day);
  }
  return `${date}T${timeOfMs(ms)}`;
}

/** A serial rounded to the nearest millisecond: whole days and the millisecond of the day (0..86399999). */
export function roundSerialToMs(serial: number): { readonly whole: number; readonly ms: number } {
  const whole = Math.floor(serial);
  // serial - whole is exact in binary; only the scaling rounds, far below a millisecond
  const ms = Math.round((serial - whole) * MS_PER_DAY);
  return ms === MS_PER_DAY ? { whole: whole + 1, ms: 0 } : { whole, ms };
}

function timeOfMs(ms: number): string {
  const h = Math.floor(ms / 3600000);
  const m = Math.floor(ms / 60000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const milli = ms % 1000;
  const hms = `${two(h)}:${two(m)}:${two(s)}`;
  return milli === 0 ? hms : `${hms}.${String(milli).padStart(3, "0")}`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A whole number of eight digits, 10000101 to 99991231: the shape of a basic ISO date. */
export function isBasicIsoShaped(n: number): boolean {
  return Number.isInteger(n) && n >= 10000101 && n <= 99991231;
}

/**
 * A whole number too large to be a serial that reads as a basic ISO date, 20260331 -> 2026-03-31: what
 * Excel makes of a CSV's yyyymmdd column (a Dutch bank's export) when it opens the file. The text
 * "20260331" reads the same way. Null for any other number, or a date before the system's first day.
 */
export function basicIsoNumberDay(n: number, system: DateSystem): number | null {
  if (!isBasicIsoShaped(n)) return null;
  const y = Math.floor(n / 10000);
  const m = Math.floor(n / 100) % 100;
  const d = n % 100;
  if (!isValidYmd(y, m, d)) return null;
  const day = dayFromYmd(y, m, d);
  return day >= firstDayOf(system) ? day : null;
}
