/**
 * The text-date reader: a cursor over char codes, allocation-free for numeric dates (the hot path), that
 * leaves the day, the time and, on failure, the details of why in its fields (worded by dateReasons.ts).
 *
 * Layouts: ISO "2026-03-31" (also with / or ., and basic "20260331"), always read year-month-day;
 * numeric "31/03/2026", "3-31-26", read by the declared order; with an English month name "3 Mar 2026",
 * "03-Mar-26", "3rd March, 2026", "Mar 3, 2026", "2026-Mar-03"; an optional leading weekday ("Tue, ...")
 * that must match. Without a declared order a year-last numeric date is read as DMY or MDY when only one
 * reading is a real date, and is ambiguous when both are and differ. Two-digit years follow Excel:
 * 00–29 -> 2000s, 30–99 -> 1900s. A time may follow ("T14:30", " 2:30 PM", ":SS", ".fff"); seconds
 * and fractions are validated and dropped (minute precision). Time-zone suffixes are refused, not ignored.
 */
import { daysInMonth, dayFromYmd, weekdayOfDay } from "./day";
import { monthOfName, weekdayOfName } from "./monthNames";
import { isDigit } from "../chars";
import { isLetter, isSpace, TextCursor } from "./textCursor";
import { DAY_9999_12_31 } from "./serial";
import type { DateOrder } from "./types";

export const READ_OK = 0;
export const READ_BLANK = 1;
export const READ_UNEXPECTED = 2;
export const READ_LAYOUT = 3;
/** A day, a month or a year is missing. */
export const READ_INCOMPLETE = 4;
export const READ_BAD_MONTH = 5;
export const READ_BAD_DAY = 6;
export const READ_AMBIGUOUS = 7;
export const READ_OUT_OF_RANGE = 8;
export const READ_WEEKDAY = 9;
export const READ_BAD_TIME = 10;
export const READ_TIME_ZONE = 11;
export const READ_NUMBER_TEXT = 12;
export const READ_TIME_ONLY = 13;
/** Only in strict mode (order inference): the layout does not follow the declared order. */
export const READ_ORDER = 14;

const SLASH = 47;
const DASH = 45;
const DOT = 46;
const COMMA = 44;
const COLON = 58;
const PLUS = 43;

/** Separators allowed around a month name: "3 Mar 2026", "03-Mar-26", "Mar. 3, 2026". */
function isNameSeparator(c: number): boolean {
  return isSpace(c) || c === DASH || c === SLASH || c === DOT || c === COMMA;
}

function isSpaceOrComma(c: number): boolean {
  return isSpace(c) || c === COMMA;
}

function isRealDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function twoDigitYear(n: number): number {
  return n < 30 ? 2000 + n : 1900 + n;
}

/** Reused for every cell (core is single-threaded and never re-enters it): no allocation per numeric date. */
export class DateTextReader extends TextCursor {
  // results
  day = 0;
  minute = 0;
  hasTime = false;
  // failure details
  at = 0;
  y = 0;
  m = 0;
  d = 0;
  /** The order a failing reading used, "" when the layout fixed it (ISO, month names). */
  readAs: DateOrder | "" = "";
  /** Ambiguous: the DMY reading and the MDY reading. */
  dayA = 0;
  dayB = 0;
  /** Weekday mismatch: the weekday the text named. */
  namedWeekday = -1;

  /**
   * Reads a text date. `firstDay` is the earliest day allowed (the date system's first day). `strict`
   * refuses a year-last text under a declared YMD order instead of falling back to DMY/MDY.
   */
  read(text: string, order: DateOrder | undefined, firstDay: number, strict: boolean): number {
    this.hasTime = false;
    this.minute = 0;
    this.readAs = "";
    this.namedWeekday = -1;
    let i = 0;
    let end = text.length;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
    if (i === end) return READ_BLANK;
    this.reset(text, i, end);

    let status = this.readDate(order, strict);
    if (status !== READ_OK) return status;
    status = this.readTime();
    if (status !== READ_OK) return status;
    this.day = dayFromYmd(this.y, this.m, this.d);
    if (this.day < firstDay || this.day > DAY_9999_12_31) return READ_OUT_OF_RANGE;
    if (this.namedWeekday >= 0 && weekdayOfDay(this.day) !== this.namedWeekday) return READ_WEEKDAY;
    return READ_OK;
  }

  private readDate(order: DateOrder | undefined, strict: boolean): number {
    const text = this.text;
    let c = text.charCodeAt(this.pos);
    if (isLetter(c)) {
      const start = this.pos;
      const word = this.readWord();
      const weekday = weekdayOfName(word);
      if (weekday >= 0) {
        this.namedWeekday = weekday;
        this.skip(isNameSeparator);
        if (this.pos >= this.end) return this.fail(READ_LAYOUT, start);
        c = text.charCodeAt(this.pos);
        if (isLetter(c)) return this.readMonthFirst(this.pos, monthOfName(this.readWord()));
      } else {
        return this.readMonthFirst(start, monthOfName(word));
      }
    }
    if (!isDigit(c)) return this.fail(READ_UNEXPECTED, this.pos);

    const firstAt = this.pos;
    const la = this.readInt();
    const n1 = this.num;
    if (la === 8 && (this.pos >= this.end || this.isTimeStart())) {
      return this.checkYmd(Math.floor(n1 / 10000), Math.floor(n1 / 100) % 100, n1 % 100, ""); // ISO basic
    }
    if (this.pos >= this.end) return READ_NUMBER_TEXT;
    c = text.charCodeAt(this.pos);
    if (c === COLON) return READ_TIME_ONLY;
    if ((c === DASH || c === SLASH || c === DOT) && this.digitAt(this.pos + 1)) {
      this.pos++;
      const lb = this.readInt();
      const n2 = this.num;
      if (this.pos >= this.end || text.charCodeAt(this.pos) !== c || !this.digitAt(this.pos + 1)) {
        return this.fail(READ_LAYOUT, firstAt);
      }
      this.pos++;
      const lc = this.readInt();
      return this.resolveNumeric(n1, la, n2, lb, this.num, lc, order, strict);
    }
    // A month name after the first number: day first ("3 Mar 2026") or year first ("2026-Mar-03").
    this.skipOrdinal(la);
    this.skip(isNameSeparator);
    if (this.pos >= this.end || !isLetter(text.charCodeAt(this.pos))) return this.fail(READ_LAYOUT, firstAt);
    const monthAt = this.pos;
    const month = monthOfName(this.readWord());
    if (month === 0) return this.fail(READ_UNEXPECTED, monthAt);
    this.skip(isNameSeparator);
    if (!this.digitAt(this.pos)) return READ_INCOMPLETE;
    const lc = this.readInt();
    if (la === 4) {
      this.skipOrdinal(lc);
      return lc <= 2 ? this.checkYmd(n1, month, this.num, "") : this.fail(READ_LAYOUT, firstAt);
    }
    if (la > 2) return this.fail(READ_LAYOUT, firstAt);
    const year = this.yearOf(this.num, lc);
    return year < 0 ? this.fail(READ_LAYOUT, firstAt) : this.checkYmd(year, month, n1, "");
  }

  /** "Mar 3, 2026", "March 3rd 2026". */
  private readMonthFirst(monthAt: number, month: number): number {
    if (month === 0) return this.fail(READ_UNEXPECTED, monthAt);
    this.skip(isNameSeparator);
    if (!this.digitAt(this.pos)) return READ_INCOMPLETE;
    const ld = this.readInt();
    const day = this.num;
    if (ld > 2) return ld === 4 ? READ_INCOMPLETE : this.fail(READ_LAYOUT, monthAt);
    this.skipOrdinal(ld);
    this.skip(isNameSeparator);
    if (!this.digitAt(this.pos)) return READ_INCOMPLETE;
    const ly = this.readInt();
    const year = this.yearOf(this.num, ly);
    return year < 0 ? this.fail(READ_LAYOUT, monthAt) : this.checkYmd(year, month, day, "");
  }

  private resolveNumeric(
    a: number,
    la: number,
    b: number,
    lb: number,
    c: number,
    lc: number,
    order: DateOrder | undefined,
    strict: boolean,
  ): number {
    if (la === 4) return lb <= 2 && lc <= 2 ? this.checkYmd(a, b, c, "") : this.fail(READ_LAYOUT, 0);
    if (la > 2 || lb > 2 || (lc !== 4 && lc !== 2)) return this.fail(READ_LAYOUT, 0);
    if (lc === 2 && order === "YMD")
      return la === 2 ? this.checkYmd(twoDigitYear(a), b, c, "YMD") : this.fail(READ_LAYOUT, 0);
    const year = lc === 4 ? c : twoDigitYear(c);
    if (order === "DMY") return this.checkYmd(year, b, a, "DMY");
    if (order === "MDY") return this.checkYmd(year, a, b, "MDY");
    if (order === "YMD" && strict) return READ_ORDER;
    // Year last and no day/month order to go by: accept only a reading that is not a guess.
    const dmy = isRealDate(year, b, a);
    const mdy = isRealDate(year, a, b);
    if (dmy && mdy && a !== b) {
      this.dayA = dayFromYmd(year, b, a);
      this.dayB = dayFromYmd(year, a, b);
      return READ_AMBIGUOUS;
    }
    if (mdy && !dmy) return this.checkYmd(year, a, b, "MDY");
    return this.checkYmd(year, b, a, dmy ? "DMY" : ""); // when neither works, report the day-first reading's fault
  }

  /** Checks month and day; on success leaves y, m, d set for read(). */
  private checkYmd(y: number, m: number, d: number, readAs: DateOrder | ""): number {
    this.y = y;
    this.m = m;
    this.d = d;
    this.readAs = readAs;
    if (m < 1 || m > 12) return READ_BAD_MONTH;
    return isRealDate(y, m, d) ? READ_OK : READ_BAD_DAY;
  }

  /** The optional time after the date; READ_OK at the end of the text. */
  private readTime(): number {
    const text = this.text;
    if (this.pos >= this.end) return READ_OK;
    let c = text.charCodeAt(this.pos);
    if ((c === 84 || c === 116) && this.digitAt(this.pos + 1)) {
      this.pos++; // ISO "T"
    } else {
      if (!isSpace(c) && c !== COMMA) return this.fail(READ_UNEXPECTED, this.pos);
      this.skip(isSpaceOrComma);
      if (this.pos >= this.end) return READ_OK;
    }
    const timeAt = this.pos;
    if (!this.digitAt(this.pos)) return this.fail(READ_UNEXPECTED, this.pos);
    const lh = this.readInt();
    let hour = this.num;
    if (
      lh > 2 ||
      this.pos >= this.end ||
      text.charCodeAt(this.pos) !== COLON ||
      !this.digitAt(this.pos + 1)
    ) {
      return this.fail(READ_BAD_TIME, timeAt);
    }
    this.pos++;
    if (this.readInt() !== 2) return this.fail(READ_BAD_TIME, timeAt);
    const minute = this.num;
    let second = 0;
    if (this.pos < this.end && text.charCodeAt(this.pos) === COLON) {
      this.pos++;
      if (this.readInt() !== 2) return this.fail(READ_BAD_TIME, timeAt);
      second = this.num;
      c = text.charCodeAt(this.pos);
      if ((c === DOT || c === COMMA) && this.digitAt(this.pos + 1)) {
        this.pos++;
        this.readInt();
      }
    }
    this.skip(isSpace);
    const meridiem = this.readMeridiem();
    if (meridiem < 0) return this.fail(READ_BAD_TIME, timeAt);
    if (meridiem > 0) {
      if (hour < 1 || hour > 12) return this.fail(READ_BAD_TIME, timeAt);
      hour = (hour % 12) + (meridiem === 2 ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) return this.fail(READ_BAD_TIME, timeAt);
    this.skip(isSpace);
    if (this.pos < this.end) {
      c = text.charCodeAt(this.pos);
      const zone = c === 90 || c === PLUS || c === DASH || this.wordIs("UTC") || this.wordIs("GMT");
      return this.fail(zone ? READ_TIME_ZONE : READ_UNEXPECTED, this.pos);
    }
    this.hasTime = true;
    this.minute = hour * 60 + minute;
    return READ_OK;
  }

  /** 0: none, 1: AM, 2: PM, -1: a stray letter. Accepts AM, PM, am, a.m., A.M. */
  private readMeridiem(): number {
    const text = this.text;
    if (this.pos >= this.end || !isLetter(text.charCodeAt(this.pos))) return 0;
    const first = text.charCodeAt(this.pos) | 0x20;
    if (this.wordIs("UTC") || this.wordIs("GMT") || first === 122) return 0; // a zone: readTime refuses it
    if (first !== 97 && first !== 112) return -1;
    let i = this.pos + 1;
    if (i < this.end && text.charCodeAt(i) === DOT) i++;
    if (i >= this.end || (text.charCodeAt(i) | 0x20) !== 109) return -1;
    i++;
    if (i < this.end && text.charCodeAt(i) === DOT) i++;
    if (i < this.end && isLetter(text.charCodeAt(i))) return -1;
    this.pos = i;
    return first === 97 ? 1 : 2;
  }

  private isTimeStart(): boolean {
    const c = this.text.charCodeAt(this.pos);
    return isSpace(c) || ((c === 84 || c === 116) && this.digitAt(this.pos + 1));
  }

  /** A year of 4 digits, or 2 read like Excel; -1 for any other length. */
  private yearOf(n: number, length: number): number {
    if (length === 4) return n;
    return length === 2 ? twoDigitYear(n) : -1;
  }

  private fail(status: number, at: number): number {
    this.at = at;
    return status;
  }
}
