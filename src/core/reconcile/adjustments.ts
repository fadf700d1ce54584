/**
 * Differences inside matches proposed as adjustment lines, the way Xero or QuickBooks let a bank line
 * that is short of the invoice be matched "with a bank fee": the book needs the line to agree with the
 * statement. What kind of adjustment is a proposal; the amount is exact.
 */
import { formatAmount } from "./reason";
import type { Adjustment, AdjustmentKind, Match } from "./types";

/** Interned currency per row of each side (the run's default applied): equal ids, equal codes. */
export interface RowCurrencies {
  readonly left: Int32Array;
  readonly right: Int32Array;
}

function anyOther(ids: Int32Array, rows: readonly number[], currency: number | undefined): boolean {
  for (const r of rows) if (ids[r] !== currency) return true;
  return false;
}

/** A difference of at most one minor unit per row (and never less than two units) reads as rounding. */
function roundingLimit(rows: number): number {
  return Math.max(2, rows);
}

export function adjustmentKind(m: Match, currencies: RowCurrencies): AdjustmentKind {
  const rows = m.left.length + m.right.length;
  if (Math.abs(m.difference) <= roundingLimit(rows)) return "rounding";
  const first = currencies.left[m.left[0] ?? -1] ?? currencies.right[m.right[0] ?? -1];
  if (anyOther(currencies.left, m.left, first) || anyOther(currencies.right, m.right, first)) return "fx";
  // The statement shows less money than the book: the bank kept a fee (net receipt, or a payment plus charges).
  return m.difference < 0 ? "bank_fee" : "difference";
}

const WORDING: Readonly<Record<AdjustmentKind, string>> = {
  rounding: "Rounding difference",
  fx: "Exchange difference",
  bank_fee: "Bank fee or charge",
  difference: "Difference to review",
};

/** One adjustment per match whose sides differ (confirmed and suggested alike, each marked). */
export function proposeAdjustments(matches: readonly Match[], currencies: RowCurrencies): Adjustment[] {
  const out: Adjustment[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as Match;
    if (m.difference === 0) continue;
    const kind = adjustmentKind(m, currencies);
    out.push({
      matchId: m.id,
      status: m.status,
      kind,
      amount: m.difference,
      currency: m.currency,
      description: `${WORDING[kind]} of ${formatAmount(m.difference, m.currency)} on match ${m.id}`,
    });
  }
  return out;
}
