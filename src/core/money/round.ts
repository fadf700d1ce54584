/**
 * Doubles to exact minor units. A cell's value is its shortest round-trip decimal cut to Excel's 15
 * significant digits (decimal.ts), then rounded to the scale by an explicit rule. So 0.30000000000000004
 * is 30 cents, and 1.005 is 1.005: half-even gives 1.00, half-up 1.01.
 *
 * Hot path, for s = x·10^d, its nearest integer r (|r| < 10^15) and δ = |s − r| (exact in binary):
 *  - δ ≤ 2.5e-16·|s|: the 15-digit decimal of x is exactly r / 10^d (its distance to r / 10^d, float
 *    error included, is under half a unit in the 15th digit), so r is the answer and no digits were
 *    dropped: typed amounts and float noise.
 *  - δ < 0.5 − 1e-14·|s|: the 15-digit decimal differs from x·10^d by at most ~5.3e-15·|s|, so it lies
 *    strictly between r − ½ and r + ½ and every rule rounds it to r: computed values like 12.34 × 1.1.
 * Near a tie, the same noise test at scale d + 1 proves the 15-digit decimal is r1 / 10^(d+1) (1.005
 * is 1005 / 10^3), and the rule is applied to r1's last digit. Only values with more real decimals near
 * a tie, or too large, take the exact string path.
 */
import { decimalOfDouble, safeIntegerOfDigits, scaleDecimal } from "./decimal";
import type { Rounding } from "./types";

/** Largest scale we accept: 10^15 keeps a unit amount and its minor units both exact. */
export const MAX_DECIMALS = 15;

const POW10: readonly number[] = Array.from({ length: MAX_DECIMALS + 1 }, (_, i) => 10 ** i);
const NOISE = 2.5e-16;
const TIE_MARGIN = 1e-14;
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
  if (r < FIFTEEN_DIGITS && r > -FIFTEEN_DIGITS) {
    const off = Math.abs(s - r);
    const size = Math.abs(s);
    if (off <= NOISE * size || off < 0.5 - TIE_MARGIN * size) return r + 0; // + 0 turns -0 into 0
    const near = roundOneMoreDigit(x, decimals, rounding);
    if (near === near) return near;
  }
  return roundScaledExactly(x, decimals, rounding);
}

/** x rounded to `decimals` when its 15-digit decimal has exactly decimals + 1 places; else NaN. */
function roundOneMoreDigit(x: number, decimals: number, rounding: Rounding): number {
  const p = POW10[decimals + 1];
  if (p === undefined) return NaN;
  const s = x * p;
  const r = Math.round(s);
  if (!(r < FIFTEEN_DIGITS && r > -FIFTEEN_DIGITS && Math.abs(s - r) <= NOISE * Math.abs(s))) return NaN;
  const last = r % 10; // sign of r
  const kept = (r - last) / 10;
  const away = last > 0 ? 1 : -1;
  const digit = Math.abs(last);
  if (digit > 5 || (digit === 5 && (rounding === "half-up" || kept % 2 !== 0))) return kept + away + 0;
  return kept + 0;
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
