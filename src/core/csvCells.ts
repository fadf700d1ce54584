/**
 * What a text file's parsed lines hold, as the search for its headers and for its closing lines reads them:
 * filled fields, figures, dates, and the columns where records keep their dates.
 */
import { parseDateDay } from "./dates";

export type CsvLine = readonly string[];

const LETTERS = /\p{L}/gu;
const DIGIT = /\d/;

/** How many of a line's fields hold something. */
export function filled(line: CsvLine): number {
  let n = 0;
  for (const v of line) if (v.trim() !== "") n++;
  return n;
}

export function isBlank(line: CsvLine): boolean {
  return filled(line) === 0;
}

/**
 * A value as records hold them: digits with at most a few letters around them ("05.03.2026",
 * "-1.200,00", "02 Mar 2026", "1200.00 DR", "INV-1041"); a header has words.
 */
export function isFigure(v: string): boolean {
  return DIGIT.test(v) && (v.match(LETTERS)?.length ?? 0) < 4;
}

/** A text date in any order ("05.03.2026", "03/05/2026", "2026-03-05", "5 Mar 2026"). */
export function isDateText(v: string): boolean {
  const t = v.trim();
  if (!DIGIT.test(t)) return false;
  return !Number.isNaN(parseDateDay(t, 1900, "DMY")) || !Number.isNaN(parseDateDay(t, 1900, "MDY"));
}

/** The 0-based index of the line's first filled field, -1 for a blank line. */
export function leadColumn(line: CsvLine): number {
  return line.findIndex((v) => v.trim() !== "");
}

/**
 * The columns where records keep their dates: a date in at least three in four of these lines (a bank
 * writes "offen" for a booking not yet made) and in the last of them, the one closing lines would follow.
 */
export function dateColumns(records: readonly CsvLine[]): number[] {
  const last = records[records.length - 1];
  if (last === undefined) return [];
  const out: number[] = [];
  for (let j = 0; j < last.length; j++) {
    if (!isDateText(last[j] ?? "")) continue;
    let dated = 0;
    for (const r of records) if (isDateText(r[j] ?? "")) dated++;
    if (dated * 4 >= records.length * 3) out.push(j);
  }
  return out;
}

/**
 * How many fields of a line are values in a table this wide: all of a line no longer than the table, else
 * up to its last filled field (or the table's width), since empty fields after the last header are a
 * delimiter ending the line, not values.
 */
export function valuesIn(line: CsvLine, width: number): number {
  if (line.length <= width) return line.length;
  let last = line.length;
  while (last > width && (line[last - 1] ?? "").trim() === "") last--;
  return last;
}

/**
 * The width of a table whose headers are line `top` and records the lines below it up to `end`: the header's
 * fields, less the empty ones at its end that no record fills (a delimiter ending every line); at least one.
 */
export function tableWidth(lines: readonly CsvLine[], top: number, end: number): number {
  const header = lines[top] ?? [];
  let width = header.length;
  const empty = (j: number) => {
    for (let i = top + 1; i <= end && i < lines.length; i++)
      if (((lines[i] as CsvLine)[j] ?? "").trim() !== "") return false;
    return true;
  };
  while (width > 1 && (header[width - 1] ?? "").trim() === "" && empty(width - 1)) width--;
  return Math.max(1, width);
}
