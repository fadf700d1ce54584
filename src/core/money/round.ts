/**
 * Doubles to exact minor units. A cell's value is its shortest round-trip decimal cut to Excel's 15
 * significant digits (decimal.ts), then rounded to the scale by an explicit rule. So 0.30000000000000004
 * is 30 cents, and 1.005 is 1.005: half-even gives 1.00, half-up 1.01.
 *
 * Hot path: x × 10^d lands within a few ulps of an integer r for almost every amount cell. When
 * |x·10^d − r| ≤ 2.5e-16·|x·10^d| and |r| < 10^15, the 15-digit decimal of x is exactly r / 10^d (its
 * distance to r / 10^d, float error included, is under half a unit in the 15th digit), so r is the answer
 * under any rounding rule and no digits were dropped. Everything else takes the exact string path.
 */
import { decimalOfDouble, safeIntegerOfDigits, scaleDecimal } from "./decimal";
import type { Rounding } from "./types";

/** Largest scale we accept: 10^15 keeps a unit amount and its minor units both exact. */
export const MAX_DECIMALS = 15;

const POW10: readonly number[] = Array.from({ length: MAX_DECIMALS + 1 }, (_, i) => 10 ** i);
const NOISE = 2.5e-16;
const FIFTEEN_DIGITS = 1e15;

/** 10^decimals; throws RangeError for a scale outside 0..15 or not an integer (a bug, not data). */
export function scaleOf(decimals: number): number {
  const p = POW10[decimals];
  if (p === undefined)
    throw new RangeError(`decimals must be an integer from 0 to ${MAX_DECIMALS}: ${decimals}`);
  return p;
}

/**
 * A double to minor units at `decimals` (x = 12.345, 2 -> 1234 half-even / 1235 half-up), exactly.
 * NaN when x is not finite or the result is not a safe integer.
 */
export function roundScaled(x: number, decimals: number, rounding: Rounding = "half-even"): number {
  const s = x * scaleOf(decimals);
  const r = Math.round(s);
  if (Math.abs(s - r) <= NOISE * Math.abs(s) && r < FIFTEEN_DIGITS && r > -FIFTEEN_DIGITS) return r + 0; // + 0 turns -0 into 0
  return roundScaledExactly(x, decimals, rounding);
}

/** True when the cell value of x (15-digit decimal) has at most `decimals` decimal places. */
export function hasAtMostDecimals(x: number, decimals: number): boolean {
  const s = x * scaleOf(decimals);
  const r = Math.round(s);
  if (Math.abs(s - r) <= NOISE * Math.abs(s) && r < FIFTEEN_DIGITS && r > -FIFTEEN_DIGITS) return true;
  if (!Number.isFinite(x)) return false;
  return decimalOfDouble(x).exponent >= -decimals;
}

function roundScaledExactly(x: number, decimals: number, rounding: Rounding): number {
  if (!Number.isFinite(x)) return NaN;
  const value = decimalOfDouble(x);
  return safeIntegerOfDigits(scaleDecimal(value, decimals, rounding).digits, value.negative);
}
