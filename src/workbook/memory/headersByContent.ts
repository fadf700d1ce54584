/**
 * Headers for a CSV file that has none (Wells Fargo's, HSBC's, ABN AMRO's exports start with their first
 * booking): each column named by what its records hold, so the file's first line stays a record and a
 * reconciliation finds its Date and Amount columns without a line of names typed above it. A file of one
 * balance line and no booking is named the same way (balanceOnly), its line kept for the balance it states.
 */
import { normalizeHeader } from "../../core/columnMap";
import { startsWithRecord } from "../../core/csvHeader";
import { isBlank, isDateText, type CsvLine } from "../../core/csvCells";
import { parseAmountMinor } from "../../core/money";
import { balanceWords } from "../../core/reconcileInput/balanceWords";
import { balanceLineOf } from "../balanceLines";
import { isDrCrMark } from "../../core/reconcileInput/cells";
import { RECONCILE_FIELDS } from "../../core/reconcileInput/fields";
import { columnLetter } from "../../core/table";

/** Lines below the first compared with it, as startsWithRecord reads them. */
const BELOW = 10;

/**
 * Whether a file has no header row: its first line is a record (core/csvHeader's startsWithRecord: a date
 * and a figure, each over the same kind below) and as long as the records below it, as many fields long as
 * at least half of them (up to ten), so it is no title or balance line above records of another shape. A
 * file of one line (an export of a single booking) has no lines below to compare: its line is a record when
 * it reads as one alone (isLoneRecord). `records` are the file's lines down to its last record, closing
 * lines (core/csvFooter) left out.
 */
export function hasNoHeaderRow(records: readonly CsvLine[]): boolean {
  const first = records[0];
  if (first === undefined) return false;
  const below: CsvLine[] = [];
  for (let i = 1; i < records.length && below.length < BELOW; i++)
    if (!isBlank(records[i] as CsvLine)) below.push(records[i] as CsvLine);
  if (below.length === 0) return isLoneRecord(first);
  if (!startsWithRecord(records)) return false;
  const alike = below.filter((l) => l.length === first.length || filledLength(l) === filledLength(first));
  return alike.length * 2 >= below.length;
}

/**
 * Header spellings of the columns reconciliation reads, normalised. A debit's or a credit's ("Deposit",
 * "Withdrawal") are left out: a bank writes them as a booking's text too (Wells Fargo's "DEPOSIT").
 */
const HEADER_WORDS: ReadonlySet<string> = new Set(
  RECONCILE_FIELDS.filter((f) => f.name !== "debit" && f.name !== "credit").flatMap((f) =>
    [f.name, f.label, ...f.synonyms, ...(f.fallbacks ?? [])].map(normalizeHeader),
  ),
);

/**
 * Whether a file's only line is a record rather than headers with no records below them: it holds a date
 * and, in another field, an amount (signed or with decimals, as a column of amounts is read), and none of
 * its values is a header's word ("Date", "Betrag") or names a balance, as a bank's balance line does
 * ("Kontostand;31.03.2026;20.792,57").
 */
function isLoneRecord(line: CsvLine): boolean {
  const headerLike = (v: string) =>
    v.trim() !== "" && (HEADER_WORDS.has(normalizeHeader(v)) || balanceWords(v.trim()) !== null);
  if (line.some(headerLike)) return false;
  const kinds = line.map((v) => columnOf([v]).kind);
  const date = kinds.indexOf("date");
  return date >= 0 && kinds.some((k, j) => k === "amount" && j !== date);
}

/** A file whose one line states a balance: the headers named by what it holds, and the balance it states. */
export interface BalanceOnly {
  readonly headers: string[];
  readonly kind: "opening" | "closing";
  /** The figure as written ("20.792,57 EUR"). */
  readonly figure: string;
}

/**
 * A file that holds no booking, only a line stating a balance with its date ("Kontostand;31.03.2026;20.792,57
 * EUR", "Closing balance,2026-03-31,1234.56"): an account's export for a month without movements. Its line
 * is no row of headers: it gets headers above it named by what it holds (its words "Description", its date
 * "Date", its figure "Amount", a currency "Currency", a Soll/Haben mark "Debit/Credit", the rest by letter),
 * and stays below them as a bank's closing line does, so the table has no records and the balance is the
 * side's. A balance that says neither opening nor closing ("Kontostand") is the closing one, as
 * ../balanceLines reads it. Null for any other file, and for a balance line without a date.
 */
export function balanceOnly(records: readonly CsvLine[]): BalanceOnly | null {
  const filled = records.filter((r) => !isBlank(r));
  const line = filled[0];
  if (filled.length !== 1 || line === undefined || !line.some((v) => isDateText(v.trim()))) return null;
  const found = balanceLineOf(line, 1);
  if (found === null) return null;
  const { column, label, currency, mark } = found.line;
  let dates = 0;
  let words = 0;
  const headers = line.map((raw, j) => {
    const v = raw.trim();
    if (j === column) return "Amount";
    if (isDateText(v)) return ++dates === 1 ? "Date" : `Date ${dates}`;
    if (v === label && ++words === 1) return "Description";
    if (v === currency) return "Currency";
    if (j > column && v === mark) return "Debit/Credit";
    return `Column ${columnLetter(j)}`;
  });
  return { headers, kind: found.kind === "opening" ? "opening" : "closing", figure: found.line.text };
}

/** A line's length up to its last filled field (a delimiter ending some lines and not others). */
function filledLength(line: CsvLine): number {
  let n = line.length;
  while (n > 0 && (line[n - 1] ?? "").trim() === "") n--;
  return n;
}

type Kind = "date" | "amount" | "marks" | "text" | "other";

interface Column {
  readonly kind: Kind;
  /** An amount column's values in cents, NaN where blank or unread. */
  readonly cents: readonly number[];
  /** Whether an amount column holds a negative amount. */
  readonly signed: boolean;
}

/**
 * Headers for `width` columns named by what the records hold: dates "Date" (a second such column "Date 2"),
 * the longest text "Description", and every other column, a column blank on every line too, "Column C" by
 * its letter. Of signed or decimal amounts, a column that runs as the balance of another (each value the one
 * before it plus that column's amount, newest first or last) is "Balance", which a reconciliation reads its
 * opening and closing balance from; the rest are "Amount", "Amount 2"…, "Amount" the one that alone holds
 * negative amounts where one does (a balance rarely does), else the first. Two unsigned amount columns never
 * filled on one line are "Debit" and "Credit" (debitCredit).
 */
export function headersByContent(records: readonly CsvLine[], width: number): string[] {
  const lines = records.filter((r) => !isBlank(r));
  const columns = Array.from({ length: width }, (_, j) => columnOf(lines.map((r) => r[j] ?? "")));
  const description = longestText(lines, columns);
  const split = debitCredit(columns);
  if (split !== null) return splitHeaders(columns, description, split);
  const balance = balanceColumn(columns);
  const amounts = columns.flatMap((c, j) => (c.kind === "amount" && j !== balance ? [j] : []));
  const signed = amounts.filter((j) => (columns[j] as Column).signed);
  const first = signed.length === 1 ? (signed[0] as number) : amounts[0];
  const amountOrder = [first, ...amounts.filter((j) => j !== first)];
  let dates = 0;
  let marks = 0;
  return columns.map((c, j) => {
    if (j === balance) return "Balance";
    if (c.kind === "amount") {
      const n = amountOrder.indexOf(j) + 1;
      return n === 1 ? "Amount" : `Amount ${n}`;
    }
    if (c.kind === "date") return ++dates === 1 ? "Date" : `Date ${dates}`;
    // "DR"/"CR" on every line beside amounts without signs: which way each goes, read as the indicator.
    if (c.kind === "marks" && signed.length === 0 && ++marks === 1) return "Debit/Credit";
    return j === description ? "Description" : `Column ${columnLetter(j)}`;
  });
}

/** A debit and a credit column (0-based), and the running balance beside them, -1 for none. */
interface Split {
  readonly debit: number;
  readonly credit: number;
  readonly balance: number;
}

const moves = (c: number | undefined): boolean => c !== undefined && !Number.isNaN(c) && c !== 0;

/**
 * Two amount columns without signs, never both filled on a line (blank or 0.00 the other) and each filled on
 * some: a bank's money out and money in. Which is which: by a third column that runs as their balance where
 * one does, else in the order banks write them (Debit before Credit, Paid out before Paid in, Soll before
 * Haben). Null where no two columns are such.
 */
function debitCredit(columns: readonly Column[]): Split | null {
  const amounts = columns.flatMap((c, j) => (c.kind === "amount" && !c.signed ? [j] : []));
  for (const [x, a] of amounts.entries())
    for (const b of amounts.slice(x + 1)) {
      const ca = (columns[a] as Column).cents;
      const cb = (columns[b] as Column).cents;
      let inA = 0;
      let inB = 0;
      let both = 0;
      for (let i = 0; i < ca.length; i++) {
        if (moves(ca[i]) && moves(cb[i])) both++;
        else if (moves(ca[i])) inA++;
        else if (moves(cb[i])) inB++;
      }
      if (both > 0 || inA === 0 || inB === 0) continue;
      const net = (sign: 1 | -1) =>
        ca.map(
          (_, i) => sign * ((moves(cb[i]) ? (cb[i] as number) : 0) - (moves(ca[i]) ? (ca[i] as number) : 0)),
        );
      for (const [j, c] of columns.entries()) {
        if (c.kind !== "amount" || j === a || j === b) continue;
        if (runsAsBalance(c.cents, net(1))) return { debit: a, credit: b, balance: j };
        if (runsAsBalance(c.cents, net(-1))) return { debit: b, credit: a, balance: j };
      }
      return { debit: a, credit: b, balance: -1 };
    }
  return null;
}

function splitHeaders(columns: readonly Column[], description: number, split: Split): string[] {
  let dates = 0;
  return columns.map((c, j) => {
    if (j === split.debit) return "Debit";
    if (j === split.credit) return "Credit";
    if (j === split.balance) return "Balance";
    if (c.kind === "date") return ++dates === 1 ? "Date" : `Date ${dates}`;
    return j === description ? "Description" : `Column ${columnLetter(j)}`;
  });
}

/**
 * What a column holds: dates, or amounts (a sign or decimals in at least one, since whole numbers alone are
 * as likely check or reference numbers), in at least three in four of its filled values (a bank writes
 * "pending" for a booking without a date yet, as startsWithRecord allows); text with letters; or other
 * (blank, marks such as Wells Fargo's "*").
 */
function columnOf(values: readonly string[]): Column {
  const shown = values.map((v) => v.trim()).filter((v) => v !== "");
  const none = { cents: [], signed: false };
  if (shown.length === 0) return { kind: "other", ...none };
  const mostly = (n: number) => n * 4 >= shown.length * 3;
  if (mostly(shown.filter(isDateText).length)) return { kind: "date", ...none };
  for (const mark of [undefined, ","] as const) {
    const cents = values.map((v) => (/\d/.test(v) ? parseAmountMinor(v.trim(), 2, mark) : NaN));
    if (!mostly(cents.filter((c) => !Number.isNaN(c)).length)) continue;
    if (!values.some((v) => /[-+(\u2212]|\d[.,]\d{1,2}\b/.test(v))) break;
    return { kind: "amount", cents, signed: cents.some((c) => c < 0) };
  }
  if (shown.every(isDrCrMark)) return { kind: "marks", ...none };
  return { kind: shown.some((v) => /\p{L}/u.test(v)) ? "text" : "other", ...none };
}

/** The text column whose values are longest in all, the first of equals; -1 for none. */
function longestText(records: readonly CsvLine[], columns: readonly Column[]): number {
  let best = -1;
  let most = 0;
  for (const [j, c] of columns.entries()) {
    if (c.kind !== "text") continue;
    let length = 0;
    for (const r of records) length += (r[j] ?? "").trim().length;
    if (length > most) {
      most = length;
      best = j;
    }
  }
  return best;
}

/**
 * The first amount column that runs as a balance of another: in at least three in four of the (at least two)
 * pairs of lines that follow each other with both balances read, the later balance is the earlier plus the
 * later amount (oldest first), or the earlier balance the later plus the earlier amount (newest first); -1 for
 * none. A file of two lines has one such pair: it proves the balance when its amount is not zero and it runs
 * one way only, the other column not running as a balance of this one too. A balance before each amount (ABN
 * AMRO's start balance beside its end balance) runs the other way round and is none.
 */
function balanceColumn(columns: readonly Column[]): number {
  const amounts = columns.flatMap((c, j) => (c.kind === "amount" ? [j] : []));
  for (const b of amounts)
    for (const a of amounts) {
      if (a === b) continue;
      const balance = (columns[b] as Column).cents;
      const amount = (columns[a] as Column).cents;
      if (runsAsBalance(balance, amount) && (pairsRead(balance) > 1 || !runsAsBalance(amount, balance)))
        return b;
    }
  return -1;
}

/** Pairs of lines that follow each other with both values read. */
function pairsRead(balance: readonly number[]): number {
  let pairs = 0;
  for (let i = 1; i < balance.length; i++)
    if (!Number.isNaN(balance[i - 1] as number) && !Number.isNaN(balance[i] as number)) pairs++;
  return pairs;
}

/**
 * Whether `balance` runs as the balance of `amount` (as balanceColumn says): over two pairs or more in three
 * in four of them; over one, when it does with an amount that is not zero (an unmoved balance proves nothing).
 */
function runsAsBalance(balance: readonly number[], amount: readonly number[]): boolean {
  let pairs = 0;
  let runs = 0;
  let moved = false;
  for (let i = 1; i < balance.length; i++) {
    const b0 = balance[i - 1] as number;
    const b1 = balance[i] as number;
    if (Number.isNaN(b0) || Number.isNaN(b1)) continue;
    pairs++;
    const a0 = amount[i - 1] as number;
    const a1 = amount[i] as number;
    const oldestFirst = b1 === b0 + a1;
    const newestFirst = b0 === b1 + a0;
    if (!oldestFirst && !newestFirst) continue;
    runs++;
    if ((oldestFirst && a1 !== 0) || (newestFirst && a0 !== 0)) moved = true;
  }
  return pairs >= 2 ? runs * 4 >= pairs * 3 : pairs === 1 && runs === 1 && moved;
}
