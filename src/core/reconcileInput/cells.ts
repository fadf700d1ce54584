/**
 * Single cells of a side read for reconciliation: an amount at the row's scale, a debit/credit pair, a
 * date; each either a value or a located issue from the catalogue's value codes, never a guess.
 */
import { withoutAccents } from "../accents";
import { describeCell, isBlank, isCellError, type Cell } from "../cell";
import { daysInMonth, parseDate, parseDateDay, type DateOrder, type DateSystem } from "../dates";
import { monthName } from "../dates/monthNames";
import { makeIssue, type Issue, type IssueLocation } from "../issues";
import { formatMinor, parseAmount, parseAmountMinor } from "../money";

export type At = () => IssueLocation;

export function textOf(cell: Cell | undefined): string {
  if (cell === null || cell === undefined || isCellError(cell)) return "";
  return typeof cell === "string" ? cell.trim() : String(cell);
}

/**
 * Text amounts that wrote more decimals than their currency has ("4250.004" in USD, "1000.5" in JPY):
 * read rounded, and said once per column with the first of them, so a file of such amounts gets one
 * warning, not one per row. `currency` and `decimals` are the current row's, set before its cells.
 */
export class RoundedAmounts {
  currency = "";
  decimals = 2;
  private readonly columns = new Map<string, { count: number; at: IssueLocation; params: RoundedParams }>();

  note(label: string, at: At, cell: Cell, minor: number): void {
    const seen = this.columns.get(label);
    if (seen !== undefined) {
      seen.count++;
      return;
    }
    const params = {
      value: describeCell(cell),
      currency: this.currency,
      decimals: this.decimals,
      readAs: formatMinor(minor, this.decimals),
      column: label,
      more: 0,
    };
    this.columns.set(label, { count: 1, at: at(), params });
  }

  /** One warning per column, at its first such amount, counting the rest. */
  issues(): Issue[] {
    return [...this.columns.values()].map(({ count, at, params }) =>
      makeIssue("recon_amount_rounded", at, { ...params, more: count - 1 }, { value: params.value }),
    );
  }
}

interface RoundedParams {
  readonly value: string;
  readonly currency: string;
  readonly decimals: number;
  readonly readAs: string;
  readonly column: string;
  readonly more: number;
}

/** Parses one amount cell at the row's scale; null with an issue pushed when it cannot be read. */
export function readAmount(
  cell: Cell,
  decimals: number,
  separator: "." | "," | undefined,
  label: string,
  at: At,
  out: Issue[],
  rounded?: RoundedAmounts,
): { minor: number; currency?: string } | null {
  // Numbers take the fast path; text goes through the full parser, which also reports a currency symbol.
  if (typeof cell === "number") {
    const fast = parseAmountMinor(cell, decimals, separator);
    if (fast === fast) return { minor: fast };
  }
  const r = parseAmount(cell, { decimals, ...(separator ? { decimalSeparator: separator } : {}) });
  if (r.ok) {
    if (r.rounded === true) rounded?.note(label, at, cell, r.minor);
    return r.currency === undefined ? { minor: r.minor } : { minor: r.minor, currency: r.currency };
  }
  const value = { value: describeCell(cell) };
  switch (r.code) {
    case "amount_blank":
      out.push(makeIssue("amount_blank", at(), { field: label }, value));
      break;
    case "amount_error_cell":
      out.push(makeIssue("amount_error_cell", at(), { code: isCellError(cell) ? cell.code : "" }, value));
      break;
    case "amount_overflow":
      out.push(makeIssue("amount_overflow", at(), { reason: r.reason }, value));
      break;
    default:
      out.push(makeIssue("amount_invalid", at(), { reason: r.reason }, value));
  }
  return null;
}

/**
 * The day and month of a text of three or four digits read as DATEV's Belegdatum writes them ("0203",
 * "1503", "203" once the leading zero is lost): "2 March"; null where the digits are no day of a month.
 */
function dayAndMonth(cell: Cell): string | null {
  if (typeof cell !== "string") return null;
  const m = /^\s*(\d{1,2})(\d{2})\s*$/.exec(cell);
  if (m === null) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  // Any year will do to bound the day, a leap one so that 29 February is one.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2024, month)) return null;
  return `${day} ${monthName(month)}`;
}

/**
 * Parses one date cell; null with an issue pushed when it cannot be read. A text of a day and a month with
 * no year ("0203", DATEV's Belegdatum as the file carries it) is said as that, not as a number stored as
 * text: no year is guessed for it, as the table does not say one.
 */
export function readDay(
  cell: Cell,
  system: DateSystem,
  order: DateOrder | undefined,
  at: At,
  out: Issue[],
): number | null {
  const fast = parseDateDay(cell, system, order);
  if (fast === fast) return fast;
  const r = parseDate(cell, { system, ...(order ? { order } : {}) });
  if (r.ok) return r.day;
  const value = { value: describeCell(cell) };
  const noYear = r.code === "date_invalid" ? dayAndMonth(cell) : null;
  if (noYear !== null) {
    out.push(makeIssue("recon_date_day_month", at(), { value: value.value, date: noYear }, value));
    return null;
  }
  switch (r.code) {
    case "date_blank":
      out.push(makeIssue("date_blank", at(), { field: "Date" }, value));
      break;
    case "date_error_cell":
      out.push(makeIssue("date_error_cell", at(), { code: isCellError(cell) ? cell.code : "" }, value));
      break;
    case "date_ambiguous":
      out.push(
        makeIssue("date_ambiguous", at(), { text: textOf(cell), readings: r.readings ?? r.reason }, value),
      );
      break;
    case "date_out_of_range":
      out.push(makeIssue("date_out_of_range", at(), { reason: r.reason }, value));
      break;
    default:
      out.push(makeIssue("date_invalid", at(), { reason: r.reason }, value));
  }
  return null;
}

/**
 * Debit minus credit; a blank side counts as nothing, both blank or both non-zero is an issue. A column
 * the table does not have is named null: a blank in the one it has is then that column's blank amount.
 * `debitSign`/`creditSign` -1 read a column written with minus signs by its amounts' size.
 */
export function readPair(
  debit: Cell,
  credit: Cell,
  decimals: number,
  separator: "." | "," | undefined,
  out: Issue[],
  names: {
    debit: string | null;
    credit: string | null;
    atDebit: At;
    atCredit: At;
    rounded?: RoundedAmounts;
    debitSign?: 1 | -1;
    creditSign?: 1 | -1;
  },
): number | null {
  const dBlank = isBlank(debit);
  const cBlank = isBlank(credit);
  const debitName = names.debit ?? "";
  const creditName = names.credit ?? "";
  if (dBlank && cBlank) {
    if (names.debit === null || names.credit === null) {
      const [field, at] = names.debit === null ? [creditName, names.atCredit] : [debitName, names.atDebit];
      out.push(makeIssue("amount_blank", at(), { field }, { value: describeCell(null) }));
    } else {
      out.push(
        makeIssue("debit_or_credit_missing", names.atDebit(), { debit: debitName, credit: creditName }),
      );
    }
    return null;
  }
  const d = dBlank
    ? { minor: 0 }
    : readAmount(debit, decimals, separator, debitName, names.atDebit, out, names.rounded);
  const c = cBlank
    ? { minor: 0 }
    : readAmount(credit, decimals, separator, creditName, names.atCredit, out, names.rounded);
  if (d === null || c === null) return null;
  if (d.minor !== 0 && c.minor !== 0) {
    out.push(
      makeIssue(
        "debit_and_credit",
        names.atDebit(),
        { debit: debitName, credit: creditName },
        { value: `${describeCell(debit)} / ${describeCell(credit)}` },
      ),
    );
    return null;
  }
  return (names.debitSign ?? 1) * d.minor - (names.creditSign ?? 1) * c.minor + 0;
}

/** Indicator values that put an amount on the debit side, and those that put it on the credit side. */
const DEBIT_MARKS: ReadonlySet<string> = new Set([
  ...["DR", "D", "DEBIT", "DEBET", "DB", "-"],
  ...["AF", "S", "SOLL", "CARGO", "DARE", "ADDEBITO"],
]);
const CREDIT_MARKS: ReadonlySet<string> = new Set([
  ...["CR", "C", "CREDIT", "CREDITO", "+"],
  ...["BIJ", "H", "HABEN", "ABONO", "AVERE", "ACCREDITO"],
]);

/** A cell's text as a mark is compared: case, accents, dots and spaces ignored. */
function markText(cell: Cell): string {
  return withoutAccents(String(cell)).replace(/[\s.]/g, "").toUpperCase();
}

/** Whether a cell holds one of the marks a Dr/Cr indicator column takes (blank is none). */
export function isDrCrMark(cell: Cell): boolean {
  if (isBlank(cell) || typeof cell !== "string") return false;
  const text = markText(cell);
  return DEBIT_MARKS.has(text) || CREDIT_MARKS.has(text);
}

/**
 * A Dr/Cr indicator cell: "debit" or "credit" (case, accents, dots and spaces ignored: "Dr.", "débit",
 * "Af"), "blank", or null when it says neither (an issue is added).
 */
export function readIndicator(
  cell: Cell,
  label: string,
  at: At,
  out: Issue[],
): "debit" | "credit" | "blank" | null {
  if (isBlank(cell)) return "blank";
  const text = markText(cell);
  if (DEBIT_MARKS.has(text)) return "debit";
  if (CREDIT_MARKS.has(text)) return "credit";
  out.push(makeIssue("recon_indicator_invalid", at(), { column: label }, { value: describeCell(cell) }));
  return null;
}
