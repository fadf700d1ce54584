/**
 * Differences inside matches proposed as adjustment lines, the way Xero or QuickBooks let a bank line
 * that is short of the invoice be matched "with a bank fee": the book needs the line to agree with the
 * statement. What kind of adjustment is a proposal; the amount is exact.
 */
import { newVariants, slipOfMatch, type Slip } from "./amountSlips";
import { formatAmount, slipFact } from "./reason";
import type { Adjustment, AdjustmentKind, Match } from "./types";

/** Interned currency per row of each side (the run's default applied): equal ids, equal codes. */
export interface RowCurrencies {
  readonly left: Int32Array;
  readonly right: Int32Array;
}

/** Amounts per row of each side, minor units: a keying slip between a match's sides is read from them. */
export interface RowAmounts {
  readonly left: Float64Array;
  readonly right: Float64Array;
}

function sumOf(minor: Float64Array, rows: readonly number[]): number {
  let s = 0;
  for (const r of rows) s += minor[r] as number;
  return s;
}

/** The keying slip between a match's sides (see amountSlips.ts), with their sums; null when none. */
function slipIn(
  m: Match,
  amounts: RowAmounts,
  scratch = newVariants(),
): { slip: Slip; left: number; right: number } | null {
  const left = sumOf(amounts.left, m.left);
  const right = sumOf(amounts.right, m.right);
  const slip = slipOfMatch(left, right, m.left.length === 1 && m.right.length === 1, scratch);
  return slip === null ? null : { slip, left, right };
}

function anyOther(ids: Int32Array, rows: readonly number[], currency: number | undefined): boolean {
  for (const r of rows) if (ids[r] !== currency) return true;
  return false;
}

/** A difference of at most one minor unit per row (and never less than two units) reads as rounding. */
function roundingLimit(rows: number): number {
  return Math.max(2, rows);
}

/**
 * A keying slip between the sides (digits swapped, sign flipped, decimal point shifted) is a correction
 * to review, whatever its size; else rounding, exchange, a bank's fee, or a difference to review.
 */
export function adjustmentKind(m: Match, currencies: RowCurrencies, amounts?: RowAmounts): AdjustmentKind {
  if (amounts !== undefined) {
    const slip = slipIn(m, amounts);
    if (slip !== null) return slip.slip.kind;
  }
  const rows = m.left.length + m.right.length;
  if (Math.abs(m.difference) <= roundingLimit(rows)) return "rounding";
  const first = currencies.left[m.left[0] ?? -1] ?? currencies.right[m.right[0] ?? -1];
  if (anyOther(currencies.left, m.left, first) || anyOther(currencies.right, m.right, first)) return "fx";
  // The statement shows less money than the book: the bank kept a fee (net receipt, or a payment plus
  // charges), when it is of a fee's size; a quarter of an invoice short is a short payment to review.
  return m.difference < 0 && feeSized(m, amounts) ? "bank_fee" : "difference";
}

/** The most of a match's book amount a bank's fee or charge takes. */
const FEE_SHARE = 0.05;

/** Whether a match's difference is no more than a fee takes of its book amount (true without amounts). */
function feeSized(m: Match, amounts: RowAmounts | undefined): boolean {
  if (amounts === undefined) return true;
  return Math.abs(m.difference) <= Math.abs(sumOf(amounts.left, m.left)) * FEE_SHARE;
}

const WORDING: Readonly<Record<AdjustmentKind, string>> = {
  rounding: "Rounding difference",
  fx: "Exchange difference",
  bank_fee: "Bank fee or charge",
  difference: "Difference to review",
  transposed_digits: "Correction to review",
  sign_flip: "Correction to review",
  decimal_shift: "Correction to review",
};

/**
 * One adjustment per match whose sides differ (confirmed and suggested alike, each marked). A keying
 * slip between the sides is proposed as a correction naming the slip: "Correction to review of 9.00 on
 * match M-…: transposed digits? 1,234.00 vs 1,243.00".
 */
export function proposeAdjustments(
  matches: readonly Match[],
  currencies: RowCurrencies,
  amounts?: RowAmounts,
): Adjustment[] {
  const out: Adjustment[] = [];
  const scratch = newVariants();
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as Match;
    if (m.difference === 0) continue;
    const slip = amounts === undefined ? null : slipIn(m, amounts, scratch);
    const kind = slip !== null ? slip.slip.kind : adjustmentKind(m, currencies, amounts);
    const what = `${WORDING[kind]} of ${formatAmount(m.difference, m.currency)} on match ${m.id}`;
    out.push({
      matchId: m.id,
      status: m.status,
      kind,
      amount: m.difference,
      currency: m.currency,
      description:
        slip === null ? what : `${what}: ${slipFact(slip.slip, slip.left, slip.right, m.currency)}`,
    });
  }
  return out;
}
