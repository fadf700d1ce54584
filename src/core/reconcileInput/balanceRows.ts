/**
 * Rows that state a balance instead of booking money: Starling's "Opening Balance" line (its amount blank,
 * its balance 10000.00), Bank of America's "Beginning balance as of 03/01/2026", a closing "Endsaldo". Read
 * as bookings they are unreadable (no amount) or money that never moved. A row is one when a text cell (its
 * description, party or reference, or its date cell; on a row with no date and no amount, its one filled
 * cell) names a balance and nothing else (balanceWords.ts) and it moves no money: its amount is blank or
 * zero, the same as the balance beside it, or it has no date to be booked on. A dated row with an amount and
 * no balance beside it is one where its description or party says opening or closing and its date stands
 * where such a line stands, before or after the bookings (datedLines): a ledger's "Opening balance" journal
 * line, a bank's "Balance brought forward" with the figure as its amount; elsewhere it stays a booking. It is left out of matching with a note, and the
 * balance it states is offered as the side's opening or closing balance (statedBalances.ts): as its words
 * say, else as it stands before or after the bookings.
 */
import { isBlank, type Cell } from "../cell";
import type { ColumnMap } from "../columnMap";
import { makeIssue, type Issue } from "../issues";
import { formatMoney, parseAmountMinor } from "../money";
import type { TableData } from "../table";
import { cellLocation } from "./cellLocation";
import { balanceWords, type BalanceKind } from "./balanceWords";
import { datedLines } from "./datedBalanceLines";
import { takenRows } from "./statedBalances";
import { settleTotals, totalNote, totalRowAt, withoutRecords, type TotalFound } from "./totalRows";

export type { BalanceKind } from "./balanceWords";

/** The columns a balance row is recognised by. */
export interface BalanceRowColumns {
  /** Cells that may name the balance, in the order looked at: description, party, reference, date. */
  readonly words: readonly number[];
  /** Those on a row that moves money: description and party (a reference is a code; "B/F 12" names none). */
  readonly bookingWords: readonly number[];
  readonly date: number | undefined;
  /** The amount column, or the debit and credit columns. */
  readonly amounts: readonly number[];
  readonly balance: number | undefined;
  /** The cells a balance row may fill besides its words: date, amounts, Dr/Cr mark, balance, currency. */
  readonly figures: readonly number[];
}

export function balanceRowColumns(map: ColumnMap): BalanceRowColumns {
  const of = (fields: readonly string[]) => [
    ...new Set(fields.flatMap((f) => (map[f] === undefined ? [] : [map[f] as number]))),
  ];
  return {
    words: of(["description", "party", "reference", "date"]),
    bookingWords: of(["description", "party"]).filter((c) => c !== map.date),
    date: map.date,
    amounts: of(["amount", "debit", "credit"]),
    balance: map.balance,
    figures: of(["date", "amount", "debit", "credit", "indicator", "balance", "currency"]),
  };
}

/** How the row's amount was read. */
export interface RowAmount {
  /** As read (signed by its Dr/Cr mark or its debit or credit column), null when none could be. */
  readonly minor: number | null;
  /** Its Balance cell as written, in minor units; NaN without one, or when it does not read. */
  readonly balance: number;
  /** What takes it into the side's sign (the sign flip, times a selection's sign). */
  readonly sign: number;
  /** What takes a Balance cell into the side's sign (the sign flip). */
  readonly flip: number;
  readonly decimals: number;
  readonly separator: "." | "," | undefined;
}

/** A balance row as found while reading its row, before where it stands among the bookings is known. */
export interface BalanceRowFound {
  readonly record: number;
  /** The kind its words name; null for words that name neither (a bare "Kontostand", "Saldo"). */
  readonly named: BalanceKind | null;
  /** The words as written, and their column. */
  readonly label: string;
  readonly labelColumn: number;
  /**
   * The balance it states: in the side's sign, as written, and the column holding it (the Balance column,
   * else the amount of a row with no date, or of a dated row whose words say opening or closing); null
   * when the row states none.
   */
  readonly figure: {
    readonly minor: number;
    readonly written: number;
    readonly column: number;
    readonly inBalanceColumn: boolean;
  } | null;
  /**
   * Its figure is the amount of a dated row: stated only where the date stands where a balance line of its
   * kind stands (settleBalanceRows); elsewhere the row states none or, where it moves money, is a booking.
   */
  readonly byDate: boolean;
  /** It moves money: read as a booking until settleBalanceRows finds it a balance line. */
  readonly booking: boolean;
  /** The side has a Balance column, which the balance taken comes from and a row's figure is checked against. */
  readonly balanceColumn: boolean;
  /** Its words name a total, not a balance (totalRows.ts): it is one where its figure adds up. */
  readonly total?: TotalFound;
}

// What a cell must hold to be worth asking balanceWords about on a booking's row.
const HINT = /bal|sald|sold|bestand|kontostand|vortrag|forward|fwd|\bb\W*f\b|\bc\W*f\b/i;

function namedIn(
  cell: (c: number | undefined) => Cell,
  columns: readonly number[],
): { readonly kind: BalanceKind | null; readonly column: number } | null {
  for (const c of columns) {
    const named = balanceWords(cell(c));
    if (named !== null) return { kind: named.kind, column: c };
  }
  return null;
}

/** The one filled cell of a row beyond those a balance row fills, where it names a balance. */
function onlyText(
  cell: (c: number | undefined) => Cell,
  width: number,
  columns: BalanceRowColumns,
): { readonly kind: BalanceKind | null; readonly column: number } | null {
  let named: { readonly kind: BalanceKind | null; readonly column: number } | null = null;
  for (let c = 0; c < width; c++) {
    if (columns.figures.includes(c) || isBlank(cell(c))) continue;
    const words: { readonly kind: BalanceKind | null } | null = named === null ? balanceWords(cell(c)) : null;
    if (words === null) return null;
    named = { kind: words.kind, column: c };
  }
  return named;
}

/**
 * Table record i as a balance row, or null when it is none: its amount moves money and it has a date (and
 * its words say no opening or closing), or no cell names a balance. The common row, a booking with an
 * amount, a date and words that hold no balance's name, is told apart at once. A row whose words name a
 * total instead is found as one (totalRows.ts).
 */
export function balanceRowAt(
  table: TableData,
  i: number,
  columns: BalanceRowColumns,
  read: RowAmount,
): BalanceRowFound | null {
  const cell = (c: number | undefined): Cell => (c === undefined ? null : (table.columns[c]?.[i] ?? null));
  const { minor, balance } = read;
  // Some banks write the balance in the amount column of the line too.
  const amountIsBalance = minor !== null && minor !== 0 && Math.abs(minor) === Math.abs(balance);
  const date = cell(columns.date);
  const undated = isBlank(date) || (typeof date === "string" && !/\d/.test(date));
  const noAmount = minor === 0 || columns.amounts.every((c) => isBlank(cell(c)));
  const beside = balance === balance && columns.balance !== undefined;
  const moves = !amountIsBalance && !undated && !noAmount;
  let named: { readonly kind: BalanceKind | null; readonly column: number } | null;
  if (moves) {
    // A booking, unless its words say opening or closing and no balance stands beside its amount.
    if (minor === null) return null;
    if (beside) return totalRowAt(table, i, columns, read);
    const hinted = columns.bookingWords.filter((c) => {
      const v = cell(c);
      return typeof v === "string" && HINT.test(v);
    });
    named = hinted.length === 0 ? null : namedIn(cell, hinted);
    if (named?.kind === null) named = null;
  } else {
    named = namedIn(cell, columns.words);
    // QuickBooks writes "Beginning Balance" under Transaction Type, alone on its row but for the figure.
    if (named === null && undated && noAmount) named = onlyText(cell, table.columns.length, columns);
  }
  if (named === null) return totalRowAt(table, i, columns, read);
  const found = {
    record: i,
    named: named.kind,
    label: String(cell(named.column)).trim(),
    labelColumn: named.column,
    booking: moves,
    balanceColumn: columns.balance !== undefined,
  };
  if (beside) {
    const figure = { minor: read.flip * balance + 0, written: balance, column: columns.balance as number };
    return { ...found, figure: { ...figure, inBalanceColumn: true }, byDate: false };
  }
  // Without a balance beside it, the amount of a row that cannot be a booking (it has no date) is one, and
  // so is that of a dated row whose words say opening or closing, where its date bears them out.
  const amountColumn = columns.amounts.find((c) => !isBlank(cell(c)));
  const byDate = !undated && named.kind !== null;
  if ((!undated && !byDate) || minor === null || amountColumn === undefined)
    return { ...found, figure: null, byDate: false };
  const written = parseAmountMinor(cell(amountColumn), read.decimals, read.separator);
  const figure = {
    minor: read.sign * minor + 0,
    written: written === written ? written : minor,
    column: amountColumn,
    inBalanceColumn: false,
  };
  return { ...found, figure, byDate };
}

/** A row that states a balance: left out of matching, its balance offered to the side. */
export interface BalanceRow {
  readonly record: number;
  readonly row: number;
  readonly day: number | null;
  readonly currency: string;
  /** Opening or closing, as its words say or where it stands; null for a balance among the bookings. */
  readonly kind: BalanceKind | null;
  readonly label: string;
  /** The balance it states, in the side's sign; null when it states none. */
  readonly minor: number | null;
  /** The figure stands in the Balance column, and turns with it where that column counts the other way. */
  readonly inBalanceColumn: boolean;
  /** Why it is left out (recon_balance_row), at the cell of its figure, else of its words. */
  readonly note: Issue;
}

/**
 * A side's bookings (used or cleared), as table records and their days, each list in table order; with
 * their amounts (in the side's sign) and currencies where the sums between balance lines are checked.
 */
export interface Bookings {
  readonly records: readonly number[];
  readonly days: readonly number[];
  readonly minors?: readonly number[];
  readonly currencies?: readonly string[];
}

/** A balance row found, with its Excel row, day and currency. */
export type FoundBalanceRow = BalanceRowFound & {
  readonly row: number;
  readonly day: number | null;
  readonly currency: string;
};

interface Span {
  readonly first: number;
  readonly last: number;
  readonly minDay: number;
  readonly maxDay: number;
  readonly newestFirst: boolean;
}

function spanOf(bookings: readonly Bookings[], lines: ReadonlySet<number>): Span | null {
  let first = Infinity;
  let last = -Infinity;
  let firstDay = 0;
  let lastDay = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const b of bookings)
    for (let k = 0; k < b.records.length; k++) {
      const record = b.records[k] as number;
      const day = b.days[k] as number;
      if (lines.size > 0 && lines.has(record)) continue;
      if (record < first) [first, firstDay] = [record, day];
      if (record > last) [last, lastDay] = [record, day];
      if (day < minDay) minDay = day;
      if (day > maxDay) maxDay = day;
    }
  return first === Infinity ? null : { first, last, minDay, maxDay, newestFirst: firstDay > lastDay };
}

/**
 * A balance whose words say neither: before every booking's day it is the opening one, after every
 * booking's day the closing one; else above the bookings it is the balance before them (the closing one
 * where the statement lists the newest first), below them the balance after them; among them, neither.
 */
function kindOf(found: BalanceRowFound, day: number | null, span: Span | null): BalanceKind | null {
  if (found.named !== null) return found.named;
  if (span === null) return null;
  if (day !== null && day < span.minDay) return "opening";
  if (day !== null && day > span.maxDay) return "closing";
  if (found.record < span.first) return span.newestFirst ? "closing" : "opening";
  if (found.record > span.last) return span.newestFirst ? "opening" : "closing";
  return null;
}

/**
 * The balance rows of a side, their kinds settled once its bookings are known, each with its note. Rows
 * read as bookings (`booking`) are among them only where they prove balance lines; the caller takes those
 * out of its bookings.
 */
export function settleBalanceRows(
  table: TableData,
  found: readonly FoundBalanceRow[],
  bookings: readonly Bookings[],
): BalanceRow[] {
  if (found.length === 0) return [];
  // Total rows wait for the balance lines: a total may be the opening balance plus the bookings.
  const totals = found.filter((f) => f.total !== undefined);
  const lines = totals.length === 0 ? found : found.filter((f) => f.total === undefined);
  const booked =
    totals.length === 0 ? bookings : withoutRecords(bookings, new Set(totals.map((t) => t.record)));
  const dated = datedLines(lines, booked);
  const rows = lines.filter((f) => !f.booking || dated.has(f.record));
  const linesBooked = new Set(rows.filter((f) => f.booking).map((f) => f.record));
  const span = spanOf(booked, linesBooked);
  const settled = rows.map((f) => ({
    ...f,
    figure: f.byDate && !dated.has(f.record) ? null : f.figure,
    kind: kindOf(f, f.day, span),
  }));
  const sums = totals.length === 0 ? [] : settleTotals(totals, settled, withoutRecords(booked, linesBooked));
  // The rows the side's balances are read from (statedBalances.ts): none for a side in several currencies.
  const currencies = new Set<string>();
  for (const b of bookings) for (const c of b.currencies ?? []) currencies.add(c);
  const taken =
    currencies.size > 1
      ? {}
      : takenRows(
          [
            ...settled.map((f) => ({ ...f, minor: f.figure?.minor ?? null })),
            ...sums.map((t) => ({ ...t.row, kind: t.kind, minor: t.minor })),
          ],
          [...currencies][0],
        );
  const useOf = (f: FoundBalanceRow): string => {
    const read = taken.opening?.record === f.record || taken.closing?.record === f.record;
    return !read ? "" : f.balanceColumn ? "checked" : "read";
  };
  const out: BalanceRow[] = [
    ...settled.map((f) => {
      const { kind, figure } = f;
      const c = figure?.column ?? f.labelColumn;
      const at = cellLocation(table, f.row, c);
      const amount = figure === null ? "" : formatMoney(figure.written, f.currency).trim();
      return {
        record: f.record,
        row: f.row,
        day: f.day,
        currency: f.currency,
        kind,
        label: f.label,
        minor: figure?.minor ?? null,
        inBalanceColumn: figure?.inBalanceColumn ?? false,
        note: makeIssue("recon_balance_row", at, { kind: kind ?? "", amount, use: useOf(f) }),
      };
    }),
    ...sums.map((t) => ({
      record: t.row.record,
      row: t.row.row,
      day: t.row.day,
      currency: t.row.currency,
      kind: t.kind,
      label: t.row.label,
      minor: t.minor,
      inBalanceColumn: false,
      note: totalNote(table, t, useOf(t.row)),
    })),
  ];
  // In table order, as their notes are listed.
  return sums.length === 0 ? out : out.sort((x, y) => x.record - y.record);
}
