/**
 * Rows that state a balance instead of booking money: Starling's "Opening Balance" line (its amount blank,
 * its balance 10000.00), Bank of America's "Beginning balance as of 03/01/2026", a closing "Endsaldo". Read
 * as bookings they are unreadable (no amount) or money that never moved. A row is one when a text cell (its
 * description, party or reference, or its date cell) names a balance and nothing else (balanceWords.ts) and
 * it moves no money: its amount is blank or zero, the same as the balance beside it, or it has no date to
 * be booked on. It is left out of matching with a note, and the balance it states is offered as the side's
 * opening or closing balance (statedBalances.ts): as its words say, else as it stands before or after the
 * bookings.
 */
import { isBlank, type Cell } from "../cell";
import type { ColumnMap } from "../columnMap";
import { makeIssue, type Issue } from "../issues";
import { formatMoney, parseAmountMinor } from "../money";
import { columnLetter, type TableData } from "../table";
import { balanceWords, type BalanceKind } from "./balanceWords";

export type { BalanceKind } from "./balanceWords";

/** The columns a balance row is recognised by. */
export interface BalanceRowColumns {
  /** Cells that may name the balance, in the order looked at: description, party, reference, date. */
  readonly words: readonly number[];
  readonly date: number | undefined;
  /** The amount column, or the debit and credit columns. */
  readonly amounts: readonly number[];
  readonly balance: number | undefined;
}

export function balanceRowColumns(map: ColumnMap): BalanceRowColumns {
  const of = (fields: readonly string[]) => [
    ...new Set(fields.flatMap((f) => (map[f] === undefined ? [] : [map[f] as number]))),
  ];
  return {
    words: of(["description", "party", "reference", "date"]),
    date: map.date,
    amounts: of(["amount", "debit", "credit"]),
    balance: map.balance,
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
   * else the amount of a row with no date); null when the row states none.
   */
  readonly figure: {
    readonly minor: number;
    readonly written: number;
    readonly column: number;
    readonly inBalanceColumn: boolean;
  } | null;
}

/**
 * Table record i as a balance row, or null when it is none: its amount moves money and it has a date, or
 * no cell names a balance. The common row, a booking with an amount and a date, is told apart at once.
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
  if (!amountIsBalance && !undated && !noAmount) return null;
  let named: { readonly kind: BalanceKind | null } | null = null;
  let labelColumn = -1;
  for (const c of columns.words) {
    named = balanceWords(cell(c));
    if (named !== null) {
      labelColumn = c;
      break;
    }
  }
  if (named === null) return null;
  const found = { record: i, named: named.kind, label: String(cell(labelColumn)).trim(), labelColumn };
  if (balance === balance && columns.balance !== undefined) {
    const figure = { minor: read.flip * balance + 0, written: balance, column: columns.balance };
    return { ...found, figure: { ...figure, inBalanceColumn: true } };
  }
  // Without a balance beside it, the amount of a row that cannot be a booking (it has no date) is one.
  const amountColumn = columns.amounts.find((c) => !isBlank(cell(c)));
  if (!undated || minor === null || minor === 0 || amountColumn === undefined)
    return { ...found, figure: null };
  const written = parseAmountMinor(cell(amountColumn), read.decimals, read.separator);
  const figure = {
    minor: read.sign * minor + 0,
    written: written === written ? written : minor,
    column: amountColumn,
    inBalanceColumn: false,
  };
  return { ...found, figure };
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

/** A side's bookings (used or cleared), as table records and their days, each list in table order. */
export interface Bookings {
  readonly records: readonly number[];
  readonly days: readonly number[];
}

interface Span {
  readonly first: number;
  readonly last: number;
  readonly minDay: number;
  readonly maxDay: number;
  readonly newestFirst: boolean;
}

function spanOf(bookings: readonly Bookings[]): Span | null {
  let first = Infinity;
  let last = -Infinity;
  let firstDay = 0;
  let lastDay = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const b of bookings)
    b.records.forEach((record, k) => {
      const day = b.days[k] as number;
      if (record < first) [first, firstDay] = [record, day];
      if (record > last) [last, lastDay] = [record, day];
      minDay = Math.min(minDay, day);
      maxDay = Math.max(maxDay, day);
    });
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

/** The balance rows of a side, their kinds settled once its bookings are known, each with its note. */
export function settleBalanceRows(
  table: TableData,
  found: readonly (BalanceRowFound & {
    readonly row: number;
    readonly day: number | null;
    readonly currency: string;
  })[],
  bookings: readonly Bookings[],
): BalanceRow[] {
  if (found.length === 0) return [];
  const span = spanOf(bookings);
  return found.map((f) => {
    const kind = kindOf(f, f.day, span);
    const c = f.figure?.column ?? f.labelColumn;
    const at = {
      sheet: table.sheet,
      table: table.name,
      row: f.row,
      column: table.headers[c] ?? "",
      address: `${columnLetter(table.firstColumn + c)}${f.row}`,
    };
    const amount = f.figure === null ? "" : formatMoney(f.figure.written, f.currency).trim();
    return {
      record: f.record,
      row: f.row,
      day: f.day,
      currency: f.currency,
      kind,
      label: f.label,
      minor: f.figure?.minor ?? null,
      inBalanceColumn: f.figure?.inBalanceColumn ?? false,
      note: makeIssue("recon_balance_row", at, { kind: kind ?? "", amount }),
    };
  });
}
