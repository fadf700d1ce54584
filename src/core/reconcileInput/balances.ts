/**
 * Opening and closing balances from a statement's running Balance column: the first row's balance less
 * its own amount is the opening balance, the last row's balance the closing one. Statements listed
 * newest first are recognised from how the balances follow the amounts.
 */
import type { SideRecords } from "./readSide";

export interface ColumnBalances {
  /** Minor units, in the side's sign convention. */
  readonly opening: number;
  readonly closing: number;
  readonly currency: string;
  /** Excel rows of the earliest and latest rows the balances were taken from. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly order: "oldest-first" | "newest-first";
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
  let oldestFirst = 0;
  let newestFirst = 0;
  for (let n = 1; n < with_.length; n++) {
    const p = with_[n - 1] as number;
    const k = with_[n] as number;
    if ((b[k] as number) - (b[p] as number) === a[k]) oldestFirst++;
    if ((b[p] as number) - (b[k] as number) === a[p]) newestFirst++;
  }
  const newest = newestFirst > oldestFirst;
  const early = newest ? last : first;
  const late = newest ? first : last;
  return {
    opening: (b[early] as number) - (a[early] as number) + 0,
    closing: (b[late] as number) + 0,
    currency: side.currencies[0] ?? "",
    firstRow: side.set.rows[early] as number,
    lastRow: side.set.rows[late] as number,
    order: newest ? "newest-first" : "oldest-first",
  };
}
