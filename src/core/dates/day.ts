/**
 * Calendar days as integers: days since 1970-01-01 (negative before), proleptic Gregorian. Date-only
 * values in core are these day numbers or ISO "YYYY-MM-DD" strings, never Date objects (no time zone
 * can shift them). Conversions follow Howard Hinnant's days_from_civil / civil_from_days.
 */

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** Day number of y-m-d. No validation: d past the month's end runs on; m outside 1..12 wraps years. */
export function dayFromYmd(y: number, m: number, d: number): number {
  if (m < 1 || m > 12) {
    const carry = Math.floor((m - 1) / 12);
    y += carry;
    m -= carry * 12;
  }
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function ymdFromDay(day: number): Ymd {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] ?? NaN);
}

/** A real calendar date that ISO "YYYY-MM-DD" can write: integer parts, years 1..9999. */
export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1 &&
    y <= 9999 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

/** "2026-03-31". Years outside 1..9999 get a sign and stay readable ("-0001-12-31"). */
export function isoFromDay(day: number): string {
  const { y, m, d } = ymdFromDay(day);
  const year = y < 0 ? `-${pad(-y, 4)}` : pad(y, 4);
  return `${year}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Strict "YYYY-MM-DD" of a real date -> day number; anything else -> null. */
export function dayFromIso(iso: string): number | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const y = digitsAt(iso, 0, 4);
  const m = digitsAt(iso, 5, 2);
  const d = digitsAt(iso, 8, 2);
  return isValidYmd(y, m, d) ? dayFromYmd(y, m, d) : null;
}

/** 0 = Monday … 6 = Sunday (ISO 8601). */
export function weekdayOfDay(day: number): number {
  // 1970-01-01 was a Thursday (3)
  return (((day + 3) % 7) + 7) % 7;
}

/** The same day-of-month `months` later (or earlier), clamped to the month's end: Jan 31 + 1 -> Feb 28/29. */
export function addMonthsToDay(day: number, months: number): number {
  if (!Number.isInteger(months)) throw new RangeError(`addMonthsToDay: months must be an integer: ${months}`);
  const { y, m, d } = ymdFromDay(day);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return dayFromYmd(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** The decimal number written by `length` ASCII digits at `start`, or NaN. */
function digitsAt(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}

/**
 * A date written as eight digits without separators, in the order given: "20260331" (YMD, ISO's basic
 * form, as FEC and DATEV's header write it) or "31032026" (DMY, DATEV's full dates); null when it is no
 * such date. Surrounding spaces are ignored.
 */
export function compactDateDay(text: string, order: "YMD" | "DMY"): number | null {
  const m = (order === "YMD" ? /^\s*(\d{4})(\d{2})(\d{2})\s*$/ : /^\s*(\d{2})(\d{2})(\d{4})\s*$/).exec(text);
  if (m === null) return null;
  const [a, mo, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [y, d] = order === "YMD" ? [a, b] : [b, a];
  return isValidYmd(y, mo, d) ? dayFromYmd(y, mo, d) : null;
}
