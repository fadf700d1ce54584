/**
 * The currency of a run: rows that name none take the one currency the tables name (a Currency column,
 * symbols, a side's setting), read at that currency's scale. A ledger in yen against a bank export of
 * bare numbers is read in yen on both sides: 5000 is ¥5,000, not 5,000.00 of no currency. Beside it, the
 * other thing a run takes from a side's rows that are not its records: the day its statement runs to.
 */
import type { Cell } from "../cell";
import { parseDate, parseDateDay, type DateOrder, type DateSystem } from "../dates";
import { ROW_PENDING, ROW_UNREADABLE, type SideRecords } from "./readSide";

/** The one currency the lists name, else "" (none, or several). */
export function oneCurrency(...lists: readonly (readonly string[])[]): string {
  const named = new Set(lists.flat().filter((c) => c !== ""));
  return named.size === 1 ? ([...named][0] as string) : "";
}

/**
 * Whether reading a side again at a currency could change it: rows that named none (read at two
 * decimals), rows cleared earlier in none, or rows it could not read (1.234 is unreadable at two decimals
 * and an amount at three).
 */
export function takesDefaultCurrency(read: SideRecords): boolean {
  return read.currencies.includes("") || read.cleared.minor.has("") || read.state.includes(ROW_UNREADABLE);
}

/**
 * After both sides were read without a currency: the one they name, and which of them to read again in
 * it (those with rows naming none). No side is read again when they name none, or several.
 */
export function rereadIn(
  left: SideRecords,
  right: SideRecords,
): { readonly currency: string; readonly left: boolean; readonly right: boolean } {
  const currency = oneCurrency(left.currencies, right.currencies);
  return {
    currency,
    left: currency !== "" && takesDefaultCurrency(left),
    right: currency !== "" && takesDefaultCurrency(right),
  };
}

/**
 * Both sides read, without a currency first; then, when they name exactly one, the sides that have rows
 * naming none read again in it. `read(side, currency)` reads one side with that default currency.
 */
export function readInOneCurrency(read: (side: "left" | "right", currency: string) => SideRecords): {
  readonly left: SideRecords;
  readonly right: SideRecords;
  readonly currency: string;
} {
  const first = { left: read("left", ""), right: read("right", "") };
  const again = rereadIn(first.left, first.right);
  return {
    left: again.left ? read("left", again.currency) : first.left,
    right: again.right ? read("right", again.currency) : first.right,
    currency: again.currency,
  };
}

function dayOf(cell: Cell, system: DateSystem, order: DateOrder | undefined): number | null {
  const fast = parseDateDay(cell, system, order);
  if (fast === fast) return fast;
  const r = parseDate(cell, { system, ...(order ? { order } : {}) });
  return r.ok ? r.day : null;
}

/**
 * The latest day a side's rows that are not among its records say its statement runs to: a pending or
 * void line's date (a bank lists it by the day it would book), a closing (or unnamed) balance row's day,
 * a row cleared earlier against another table. Undefined when none says a day; a pending line whose date
 * cell holds no date ("offen") says none. The engine takes the later of it and the side's last record.
 */
export function statementEndOf(side: SideRecords, dateSystem: DateSystem): number | undefined {
  let end: number | undefined;
  const later = (day: number | null | undefined): void => {
    if (day !== null && day !== undefined && (end === undefined || day > end)) end = day;
  };
  const dates = side.map.date === undefined ? undefined : side.table.columns[side.map.date];
  if (dates !== undefined)
    for (let i = 0; i < side.state.length; i++)
      if (side.state[i] === ROW_PENDING) later(dayOf(dates[i] ?? null, dateSystem, side.dateOrder));
  for (const b of side.balanceRows) if (b.kind !== "opening") later(b.day);
  for (const day of side.cleared.each.day) later(day);
  return end;
}
