/**
 * Rows that total the bookings instead of booking money: a statement's closing "Total" line, a ledger's
 * "Grand total", Xero's undated "Total Business Bank Account" with the debits and credits summed. Read as
 * bookings they are money that never moved. A row is one when a text cell is a total's name and nothing
 * else ("Total", "Summe", "Gesamt", "Total général", "Totaal", "Total for March"; "Total Energies SA" is a
 * party, no total) and its figure is what it would total: the sum of the side's bookings, of those up to
 * its date, or of those since the total line before it; or the opening balance plus the bookings, the
 * closing balance, which it then states as a "Closing balance" row would. Days decide, never the order of
 * the rows, but for totals with no date: QuickBooks' "Total for 1000 Checking" sums the rows above it, back
 * to the total line before. A dated row whose figure adds up to none of these stays a booking; a row with
 * no date cannot be one, so it may also just start with the word ("Total Business Bank Account"), and
 * where its figure adds up to nothing it is said.
 */
import { isBlank, type Cell } from "../cell";
import { makeIssue, type Issue } from "../issues";
import { formatMoney, parseAmountMinor } from "../money";
import type { TableData } from "../table";
import { cellLocation } from "./cellLocation";
import type { BalanceRowColumns, BalanceRowFound, Bookings, FoundBalanceRow, RowAmount } from "./balanceRows";
import { ByDay } from "./datedBalanceLines";
import { takenRows } from "./statedBalances";
import { totalWords } from "./totalWords";

/** What a total row holds besides its words. */
export interface TotalFound {
  /**
   * A debit and a credit filled on the one row: each way's sum as written, unsigned, in minor units, and
   * the column of the first (the row states no one figure).
   */
  readonly pair: { readonly first: number; readonly second: number; readonly column: number } | null;
}

/** The column of a total's words: one of `columns`, else on a row with no date its one filled text. */
function wordsAt(
  cell: (c: number | undefined) => Cell,
  width: number,
  columns: BalanceRowColumns,
  undated: boolean,
): number | null {
  const looked = undated ? columns.words : columns.bookingWords;
  for (const c of looked) if (totalWords(cell(c), undated)) return c;
  if (!undated) return null;
  let found: number | null = null;
  for (let c = 0; c < width; c++) {
    if (columns.figures.includes(c) || isBlank(cell(c))) continue;
    if (found !== null || looked.includes(c) || !totalWords(cell(c), true)) return null;
    found = c;
  }
  return found;
}

/**
 * Table record i as a total row, or null: its words name no total, or its amount does not read. A dated
 * row with an amount is read as a booking (`booking`) until settleTotals finds it adds up; one with no
 * date, or no amount, is no booking either way.
 */
export function totalRowAt(
  table: TableData,
  i: number,
  columns: BalanceRowColumns,
  read: RowAmount,
): BalanceRowFound | null {
  const cell = (c: number | undefined): Cell => (c === undefined ? null : (table.columns[c]?.[i] ?? null));
  const date = cell(columns.date);
  const undated = isBlank(date) || (typeof date === "string" && !/\d/.test(date));
  // Words first: on the common row, a booking, they are all that is looked at.
  const at = wordsAt(cell, table.columns.length, columns, undated);
  if (at === null) return null;
  const filled = columns.amounts.filter((c) => !isBlank(cell(c)));
  const booking = !undated && filled.length > 0;
  if (booking && read.minor === null) return null;
  const found = {
    record: i,
    named: null,
    label: String(cell(at)).trim(),
    labelColumn: at,
    byDate: false,
    booking,
    balanceColumn: columns.balance !== undefined,
  };
  if (filled.length === 0) return { ...found, figure: null, total: { pair: null } };
  const written = filled.map((c) => parseAmountMinor(cell(c), read.decimals, read.separator));
  const column = filled[0] as number;
  if (read.minor === null) {
    // Xero's account total: its debits and its credits summed, each in its own column.
    const [first, second] = written;
    if (
      filled.length !== 2 ||
      first === undefined ||
      second === undefined ||
      first !== first ||
      second !== second
    )
      return null;
    const pair = { first: Math.abs(first), second: Math.abs(second), column };
    return { ...found, figure: null, total: { pair } };
  }
  const own = written[0] as number;
  const figure = {
    minor: read.sign * read.minor + 0,
    written: own === own ? own : read.minor,
    column,
    inBalanceColumn: false,
  };
  return { ...found, figure, total: { pair: null } };
}

/** How a total row was read. */
export interface TotalRead {
  readonly row: FoundBalanceRow;
  /** "closing" where its figure is the closing balance, which it states; else it states none. */
  readonly kind: "closing" | null;
  readonly minor: number | null;
  readonly what: "sum" | "pair" | "closing" | "none" | "mismatch";
  /**
   * Which bookings it sums: all of them, those up to its date, those since the total line before it (by
   * days), those above it since the total line above it (a ledger's account sections, which have no date).
   */
  readonly scope: "all" | "through" | "since" | "above";
  /** For the note: the opening balance it adds to; for a mismatch, what it would be as a sum or closing. */
  readonly opening: number | null;
  readonly sum: number | readonly [number, number];
  readonly closing: number | null;
}

/**
 * What the bookings of total t's currency between the total row above it (or the table's top) and it sum
 * to: where days cannot tell, as for a ledger's undated "Total for 1000 Checking" closing each account's
 * rows, the rows' order does.
 */
function above(
  t: FoundBalanceRow,
  totals: readonly FoundBalanceRow[],
  all: {
    readonly records: readonly number[];
    readonly minors: readonly number[];
    readonly currencies: readonly string[];
  },
): number {
  let top = -1;
  for (const o of totals) if (o.record < t.record) top = Math.max(top, o.record);
  let sum = 0;
  all.records.forEach((r, k) => {
    if (r > top && r < t.record && all.currencies[k] === t.currency) sum += all.minors[k] as number;
  });
  return sum;
}

/**
 * The total rows that add up, and those with no date that do not (said, and left out: they cannot be
 * bookings); a dated one that adds up to nothing is left among the bookings. `bookings` are the side's
 * bookings without the total rows and the balance lines; `lines` its balance lines, their kinds settled.
 */
export function settleTotals(
  totals: readonly FoundBalanceRow[],
  lines: readonly (FoundBalanceRow & { readonly kind: "opening" | "closing" | null })[],
  bookings: readonly Bookings[],
): TotalRead[] {
  const all = {
    records: [] as number[],
    days: [] as number[],
    minors: [] as number[],
    currencies: [] as string[],
  };
  for (const b of bookings)
    b.records.forEach((record, k) => {
      all.records.push(record);
      all.days.push(b.days[k] as number);
      all.minors.push(b.minors?.[k] ?? 0);
      all.currencies.push(b.currencies?.[k] ?? "");
    });
  const byDay = new ByDay(all.days, all.minors, all.currencies);
  const placed = lines.map((l) => ({ ...l, minor: l.figure?.minor ?? null }));
  const out: TotalRead[] = [];
  for (const t of totals) {
    const c = t.currency;
    const base = { row: t, kind: null, minor: null, scope: "all", opening: null, closing: null } as const;
    const pair = t.total?.pair ?? null;
    if (pair !== null) {
      // Each way's sum: the bookings that add and those that take away, whichever column holds which.
      let [ins, outs] = [0, 0];
      all.minors.forEach((m, k) => {
        if (all.currencies[k] !== c) return;
        if (m > 0) ins += m;
        else outs -= m;
      });
      const adds =
        (pair.first === ins && pair.second === outs) || (pair.first === outs && pair.second === ins);
      if (adds) out.push({ ...base, what: "pair", sum: [ins, outs] });
      else if (!t.booking) out.push({ ...base, what: "mismatch", sum: [ins, outs] });
      continue;
    }
    if (t.figure === null) {
      out.push({ ...base, what: "none", sum: 0 });
      continue;
    }
    const f = t.figure.minor;
    const day = t.day;
    const end = day ?? Infinity;
    const through = byDay.total(-Infinity, end, c);
    const whole = byDay.total(-Infinity, Infinity, c);
    let before = -Infinity;
    if (day !== null)
      for (const o of totals)
        if (o.day !== null && o.day < day && o.currency === c) before = Math.max(before, o.day);
    const since = Number.isFinite(before) ? byDay.total(before + 1, end, c) : null;
    const scope =
      day !== null && f === through
        ? "through"
        : f === since
          ? "since"
          : f === whole
            ? "all"
            : f === above(t, totals, all)
              ? "above"
              : null;
    if (scope !== null) {
      out.push({ ...base, what: "sum", scope, sum: f });
      continue;
    }
    const opening = takenRows(placed, c).opening;
    const from = opening === undefined || opening.day === null ? -Infinity : opening.day;
    const closing =
      opening === undefined || opening.minor === null || from > end
        ? null
        : opening.minor + byDay.total(from, end, c);
    if (closing !== null && f === closing)
      out.push({
        ...base,
        kind: "closing",
        minor: f,
        what: "closing",
        opening: opening?.minor ?? null,
        sum: f,
      });
    else if (!t.booking)
      out.push({ ...base, what: "mismatch", sum: day === null ? whole : through, closing });
  }
  return out;
}

/**
 * The note of a total row read (recon_total_row) or of one with no date that adds up to nothing
 * (recon_total_row_mismatch), at the cell of its figure, else of its words. `use`: its closing balance is
 * the side's, "read" or "checked" as a balance row's is.
 */
export function totalNote(table: TableData, t: TotalRead, use: string): Issue {
  const f = t.row;
  const c = f.figure?.column ?? f.total?.pair?.column ?? f.labelColumn;
  const at = cellLocation(table, f.row, c);
  const money = (minor: number) => formatMoney(minor, f.currency).trim();
  const pair = f.total?.pair ?? null;
  const amount =
    pair !== null
      ? `${money(pair.first)} and ${money(pair.second)}`
      : f.figure === null
        ? ""
        : money(f.figure.written);
  const sum = typeof t.sum === "number" ? money(t.sum) : `${money(t.sum[0])} and ${money(t.sum[1])}`;
  if (t.what === "mismatch")
    return makeIssue("recon_total_row_mismatch", at, {
      label: f.label,
      amount,
      what: pair !== null ? "pair" : "amount",
      sum,
      closing: t.closing === null ? "" : money(t.closing),
    });
  return makeIssue("recon_total_row", at, {
    label: f.label,
    amount,
    what: t.what,
    scope: t.scope,
    opening: t.opening === null ? "" : money(t.opening),
    use,
  });
}

/** The bookings but those of the records `out`. */
export function withoutRecords(bookings: readonly Bookings[], out: ReadonlySet<number>): Bookings[] {
  if (out.size === 0) return [...bookings];
  return bookings.map((b) => {
    const keep = b.records.flatMap((r, k) => (out.has(r) ? [] : [k]));
    const pick = <T>(list: readonly T[]) => keep.map((k) => list[k] as T);
    return {
      records: pick(b.records),
      days: pick(b.days),
      ...(b.minors ? { minors: pick(b.minors) } : {}),
      ...(b.currencies ? { currencies: pick(b.currencies) } : {}),
    };
  });
}
