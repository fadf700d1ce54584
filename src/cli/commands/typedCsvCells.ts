/**
 * The copy `bo reconcile --out` writes holds a CSV side's dates and amounts as Excel dates and numbers, so
 * they sort, filter and sum there. Each cell is read exactly as the run read it (its date order, decimal
 * separator, currency) with the reader's own cell parsers; a cell that does not read, or whose value a
 * number could not hold as written, stays the text it was.
 */
import { isBlank, type Cell } from "../../core/cell";
import { dayToSerial, parseDateTime, type DateSystem } from "../../core/dates";
import type { Issue } from "../../core/issues";
import { currencyDecimals, minorToNumber } from "../../core/money";
import type { SideRecords } from "../../core/reconcileInput";
import { readAmount, readDay, RoundedAmounts, textOf, type At } from "../../core/reconcileInput/cells";
import { sideHeaderCurrency } from "../../core/reconcileInput/headerCurrency";
import type { ReconcileOutcome } from "../../services/reconciliation";
import type { MemoryWorkbook, MemSheet } from "../../workbook/memory/model";

/** A date as no reader can take for another day: year, month, day. */
export const DATE_FORMAT = "yyyy-mm-dd";

/** An amount with thousands grouped and its currency's decimals: "#,##0.00", "#,##0" for yen. */
export function amountFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** Excel keeps 15 significant digits: an amount of more would not read back as written. */
const MAX_EXACT_MINOR = 999_999_999_999_999;

/** A word of one or two letters in an amount that reads: a DR/CR or S/H mark, whose sign a number would hide. */
const MARK = /(?<![A-Za-z])[A-Za-z]{1,2}(?![A-Za-z])/;

/** Where the parsers would say what they could not read: nowhere, a cell that does not read stays text. */
const nowhere: At = () => ({});

/** Notes whether an amount read was rounded to its currency's scale (then it stays text). */
class RoundingSeen extends RoundedAmounts {
  seen = false;
  override note(): void {
    this.seen = true;
  }
}

/** Which sides of the run came from CSV files. */
export interface CsvSides {
  readonly left: boolean;
  readonly right: boolean;
}

/** A cell's new value and number format. */
interface Typed {
  readonly value: number;
  readonly format: string;
}

/** How the run read one side's cells, and the date system the copy is saved in. */
interface SideReader {
  readonly side: SideRecords;
  readonly read: DateSystem;
  readonly write: DateSystem;
  /** Where the parsers say what they could not read: a cell that does not read stays text. */
  readonly scratch: Issue[];
  readonly rounding: RoundingSeen;
}

/** A date cell as a serial in the workbook's system, or null when it stays as written. */
function typedDate(cell: string, r: SideReader): Typed | null {
  const order = r.side.dateOrder;
  const day = readDay(cell, r.read, order, nowhere, r.scratch);
  if (day === null) return null;
  // A time of day beside the date would be lost in a date-only cell.
  const full = parseDateTime(cell, { system: r.read, ...(order ? { order } : {}) });
  if (!full.ok || full.hasTime || full.day !== day) return null;
  const serial = dayToSerial(day, r.write);
  return serial === serial ? { value: serial, format: DATE_FORMAT } : null;
}

/** An amount cell as a number at its row's scale, or null when it stays as written. */
function typedAmount(cell: string, r: SideReader, currency: string): Typed | null {
  if (MARK.test(cell)) return null;
  const decimals = currencyDecimals(currency);
  r.rounding.seen = false;
  const read = readAmount(cell, decimals, r.side.decimalSeparator, "", nowhere, r.scratch, r.rounding);
  if (read === null || r.rounding.seen || Math.abs(read.minor) > MAX_EXACT_MINOR) return null;
  // An amount naming another currency than its row's would lose which one it is.
  if (read.currency !== undefined && currency !== "" && read.currency !== currency) return null;
  return { value: minorToNumber(read.minor, decimals), format: amountFormat(decimals) };
}

/**
 * The table columns the run read amounts from on every row: its amount column, or debit and credit; its
 * balances. An amount signed by a Dr/Cr column beside it stays text: as a number it would pass for money in.
 */
function amountColumns(side: SideRecords): number[] {
  const { map } = side;
  const fields =
    side.amountMode === "debit-credit"
      ? ["debit", "credit", "balance"]
      : side.amountMode === "indicator"
        ? ["balance"]
        : ["amount", "balance"];
  return fields.flatMap((f) => (map[f] === undefined ? [] : [map[f]]));
}

/**
 * The debit and credit columns the reader kept beside the amount column it read: a row whose amount is
 * blank but whose debit or credit is filled was read from them (amountFromPair.ts).
 */
function pairBesideAmount(side: SideRecords): number[] {
  const pair = side.pairBeside;
  return pair === null ? [] : [pair.debit, pair.credit].flatMap((c) => (c === undefined ? [] : [c]));
}

/** Writes a typed value over a text cell, only while the sheet still holds the text the run read. */
function retype(sheet: MemSheet, row: number, col: number, was: string, typed: Typed | null): boolean {
  const cell = sheet.get(row, col);
  if (typed === null || cell === undefined || cell.formula !== null || cell.value !== was) return false;
  sheet.edit(row, col, (c) => {
    c.value = typed.value;
    c.format = typed.format;
  });
  return true;
}

function typeSide(wb: MemoryWorkbook, outcome: ReconcileOutcome, which: "left" | "right"): number {
  const side = outcome[which];
  const { table, map } = side;
  const sheet = wb.sheet(table.sheet);
  if (side.amountMode === null || sheet === null) return 0;
  const r: SideReader = {
    side,
    read: outcome.dateSystem,
    write: wb.date1904 ? 1904 : 1900,
    scratch: [],
    rounding: new RoundingSeen(),
  };
  // "Amount (JPY)": the header's currency is the rows' where their Currency cell names none.
  const headerCurrency = sideHeaderCurrency(table, map);
  const fallback = outcome.setup[which].reading.currency ?? outcome.setup.currency;
  const currencies = map.currency === undefined ? null : (table.columns[map.currency] ?? null);
  const amounts = amountColumns(side);
  const pair = pairBesideAmount(side);
  const amountCells = map.amount === undefined ? null : (table.columns[map.amount] ?? null);
  const dateColumn = map.date;
  // 1 when record i's text cell in table column c took the typed value typedOf gives.
  const put = (c: number, i: number, typedOf: (text: string) => Typed | null): number => {
    const cell: Cell = table.columns[c]?.[i] ?? null;
    if (typeof cell !== "string" || cell.trim() === "") return 0;
    return retype(sheet, table.rows[i] as number, table.firstColumn + c, cell, typedOf(cell)) ? 1 : 0;
  };
  let typed = 0;
  for (let i = 0; i < table.rows.length; i++) {
    r.scratch.length = 0;
    if (dateColumn !== undefined) typed += put(dateColumn, i, (text) => typedDate(text, r));
    // The scale the run read this row's amounts at: its Currency column's, else its headers', else the
    // side's or the run's.
    const named = currencies === null ? "" : textOf(currencies[i]).toUpperCase();
    const currency = named !== "" ? named : headerCurrency !== "" ? headerCurrency : fallback;
    const typedAt = (text: string) => typedAmount(text, r, currency);
    for (const c of amounts) typed += put(c, i, typedAt);
    // A row whose amount is blank was read from its debit and credit, at the same scale.
    if (amountCells !== null && isBlank(amountCells[i] ?? null))
      for (const c of pair) typed += put(c, i, typedAt);
  }
  return typed;
}

/**
 * Types, in the workbook --out saves, the date and amount cells of the CSV sides the run read: dates as
 * serials in the workbook's date system shown as yyyy-mm-dd, amounts (and the debit or credit a row with
 * a blank amount was read from) as numbers shown with their currency's decimals. Returns how many cells
 * changed.
 */
export function typeCsvCells(wb: MemoryWorkbook, outcome: ReconcileOutcome, csv: CsvSides): number {
  return (["left", "right"] as const).reduce((n, s) => n + (csv[s] ? typeSide(wb, outcome, s) : 0), 0);
}
