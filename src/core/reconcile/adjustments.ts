/**
 * Differences inside matches proposed as adjustment lines, the way Xero or QuickBooks let a bank line
 * that is short of the invoice be matched "with a bank fee": the book needs the line to agree with the
 * statement. What kind of adjustment is a proposal; the amount is exact.
 */
import { formatAmount } from "./reason";
import type { Adjustment, AdjustmentKind, Match, Side } from "./types";

/** The currency code of a row, with the run's default applied. */
export type CurrencyOf = (side: Side, row: number) => string;

/** A difference of at most one minor unit per row (and never less than two units) reads as rounding. */
function roundingLimit(rows: number): number {
  return Math.max(2, rows);
}

export function adjustmentKind(m: Match, currencyOf: CurrencyOf): AdjustmentKind {
  const rows = m.left.length + m.right.length;
  if (Math.abs(m.difference) <= roundingLimit(rows)) return "rounding";
  const currencies = new Set<string>();
  for (const i of m.left) currencies.add(currencyOf("left", i));
  for (const j of m.right) currencies.add(currencyOf("right", j));
  if (currencies.size > 1) return "fx";
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
export function proposeAdjustments(matches: readonly Match[], currencyOf: CurrencyOf): Adjustment[] {
  const out: Adjustment[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as Match;
    if (m.difference === 0) continue;
    const kind = adjustmentKind(m, currencyOf);
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
