/**
 * DATEV's CSV exports (EXTF/DTVF), the ledger files German accounting software and tax advisers exchange.
 * The first line is the file's own header (format, category, the batch's period, its fiscal year), the
 * second the column headers, the records after them. A booking batch (category 21, "Buchungsstapel")
 * writes each entry's date as day and month only ("2802" for 28 February; "105" where a leading zero was
 * lost); the year is the one that puts the day inside the batch's period, or else its fiscal year.
 */
import { compactDateDay, dayFromYmd, isoFromDay, isValidYmd, ymdFromDay } from "./dates";
import { makeIssue, type Issue } from "./issues";

/** 0-based positions of the header line's fields, as DATEV documents them (1-based there). */
export const FIELD = {
  mark: 0,
  category: 2,
  formatVersion: 4,
  consultant: 10,
  client: 11,
  fiscalYearStart: 12,
  accountLength: 13,
  from: 14,
  to: 15,
} as const;
const BOOKING_BATCH = "21";
const DATE_HEADER = "belegdatum";

export interface DatevLayout {
  /** 0-based index of the column-header line: the line after the file's own header. */
  readonly headerIndex: number;
  /** For a booking batch, the days its dates may fall on; null when it names neither period nor year. */
  readonly period: { readonly from: number; readonly to: number } | null;
  readonly bookingBatch: boolean;
}

/** The layout of a DATEV export by its first line, or null when the lines are no DATEV export. */
export function datevLayout(lines: readonly (readonly string[])[]): DatevLayout | null {
  const first = lines[0];
  const mark = first?.[FIELD.mark]?.trim().toUpperCase();
  if (first === undefined || (mark !== "EXTF" && mark !== "DTVF")) return null;
  const bookingBatch = first[FIELD.category]?.trim() === BOOKING_BATCH;
  return { headerIndex: 1, period: bookingBatch ? periodOf(first) : null, bookingBatch };
}

/** "Datum vom" to "Datum bis" when both are given and in order, else the twelve months from "WJ-Beginn". */
function periodOf(header: readonly string[]): DatevLayout["period"] {
  const from = compactDateDay(header[FIELD.from] ?? "", "YMD");
  const to = compactDateDay(header[FIELD.to] ?? "", "YMD");
  if (from !== null && to !== null && from <= to) return { from, to };
  const start = compactDateDay(header[FIELD.fiscalYearStart] ?? "", "YMD");
  if (start === null) return null;
  const { y, m, d } = ymdFromDay(start);
  return { from: start, to: dayFromYmd(y + 1, m, d) - 1 };
}

/** The 0-based column of the booking batch's date ("Belegdatum"), or -1. */
export function datevDateColumn(headers: readonly string[]): number {
  return headers.findIndex((h) => h.trim().toLowerCase() === DATE_HEADER);
}

/**
 * A booking date as written in a batch ("2802", "105") as the ISO day inside the period; null when it
 * is no day and month, or no day of the period (then it is left as written and reported).
 */
export function datevDay(
  text: string,
  period: { readonly from: number; readonly to: number },
): string | null {
  const m = /^\s*(\d{1,2})(\d{2})\s*$/.exec(text);
  if (m === null) return null;
  const [d, mo] = [Number(m[1]), Number(m[2])];
  const first = isoFromDay(period.from);
  const last = isoFromDay(period.to);
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) {
    if (!isValidYmd(y, mo, d)) continue;
    const day = dayFromYmd(y, mo, d);
    if (day >= period.from && day <= period.to) return isoFromDay(day);
  }
  return null;
}

/** What mending a booking batch's dates did: which column, and the dates it could not place. */
export interface DatevDates {
  /** The date column's header and 0-based position among the file's columns. */
  readonly header: string;
  readonly column: number;
  /** Dates left as written (no day of the period): the 0-based line index in the file, and the text. */
  readonly unread: readonly { readonly index: number; readonly written: string }[];
  readonly period: DatevLayout["period"];
}

/**
 * A booking batch's dates ("2802") rewritten in place as ISO days of its period, in the lines of the file
 * (the column headers at `headerIndex`); a date that is no day of the period, or every date of a batch
 * that names no period, stays as written. Null when the batch has no date column.
 */
export function mendDatevDates(
  lines: string[][],
  headerIndex: number,
  period: DatevLayout["period"],
): DatevDates | null {
  const headers = lines[headerIndex] ?? [];
  const column = datevDateColumn(headers);
  if (column < 0) return null;
  const unread: { index: number; written: string }[] = [];
  for (let i = headerIndex + 1; period !== null && i < lines.length; i++) {
    const line = lines[i] as string[];
    const written = line[column];
    if (written === undefined || written.trim() === "") continue;
    const iso = datevDay(written, period);
    if (iso === null) unread.push({ index: i, written: written.trim() });
    else line[column] = iso;
  }
  return { header: headers[column] as string, column, unread, period };
}

/**
 * The issues of mended dates: a batch that names no period, at its table; each date left as written, at
 * its cell, which `place` finds from the line index.
 */
export function datevDateIssues(
  dates: DatevDates,
  at: { readonly sheet: string; readonly table: string },
  place: (index: number) => { readonly row: number; readonly address: string },
): Issue[] {
  const column = dates.header;
  const period = dates.period;
  if (period === null) return [makeIssue("datev_period_missing", { ...at, column }, { column })];
  const range = { from: isoFromDay(period.from), to: isoFromDay(period.to) };
  return dates.unread.map(({ index, written }) =>
    makeIssue("datev_date_outside_period", { ...at, column, ...place(index) }, { written, ...range }),
  );
}
