/**
 * Opening and closing balances from a statement's running Balance column: the first row's balance less
 * its own amount is the opening balance, the last row's balance the closing one. Statements listed
 * newest first are recognised from how the balances follow the amounts, and so is a column that counts
 * the other way from the side's amounts (a bank statement read as the book side, where Paid Out counts
 * as money in): its balances are then turned into the side's sign.
 */
import type { SideRecords } from "./readSide";

export interface ColumnBalances {
  /** Minor units, in the side's sign convention (the column's own sign, turned when `turned`). */
  readonly opening: number;
  readonly closing: number;
  readonly currency: string;
  /** Excel rows of the earliest and latest rows the balances were taken from. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly order: "oldest-first" | "newest-first";
  /** The column counts the other way from the side's amounts: its balances were negated. */
  readonly turned: boolean;
}

/** The Excel rows a column's balances were taken from, top to bottom ("2–11"), whichever way the table runs. */
export function columnRows(b: Pick<ColumnBalances, "firstRow" | "lastRow">): string {
  return `${Math.min(b.firstRow, b.lastRow)}–${Math.max(b.firstRow, b.lastRow)}`;
}

/** null without a balance column, with several currencies, or when no usable row carries a balance. */
export function balancesFromColumn(side: SideRecords): ColumnBalances | null {
  const b = side.balance;
  if (b === null || side.currencies.length > 1) return null;
  const a = side.set.minor;
  const with_: number[] = [];
  for (let k = 0; k < side.set.size; k++) if (Number.isFinite(b[k] as number)) with_.push(k);
  const first = with_[0];
  const last = with_[with_.length - 1];
  if (first === undefined || last === undefined) return null;
  // How many steps each reading explains: oldest or newest first, in the side's sign or turned.
  let oldestFirst = 0;
  let newestFirst = 0;
  let oldestTurned = 0;
  let newestTurned = 0;
  for (let n = 1; n < with_.length; n++) {
    const p = with_[n - 1] as number;
    const k = with_[n] as number;
    const step = (b[k] as number) - (b[p] as number);
    if (step === a[k]) oldestFirst++;
    if (-step === a[p]) newestFirst++;
    if (-step === a[k]) oldestTurned++;
    if (step === a[p]) newestTurned++;
  }
  const fits = [oldestFirst, newestFirst, oldestTurned, newestTurned];
  // Ties keep the plainer reading: oldest first before newest first, the side's sign before turned.
  let best = 0;
  for (let r = 1; r < 4; r++) if ((fits[r] as number) > (fits[best] as number)) best = r;
  const newest = best % 2 === 1;
  const sign = best >= 2 ? -1 : 1;
  const early = newest ? last : first;
  const late = newest ? first : last;
  return {
    opening: sign * (b[early] as number) - (a[early] as number) + 0,
    closing: sign * (b[late] as number) + 0,
    currency: side.currencies[0] ?? "",
    firstRow: side.set.rows[early] as number,
    lastRow: side.set.rows[late] as number,
    order: newest ? "newest-first" : "oldest-first",
    turned: sign === -1,
  };
}
