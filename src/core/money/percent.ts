/** Percentages of an amount, exactly: tolerances like "0.5% of the invoice" computed without float drift. */
import { decimalOfDouble } from "./decimal";
import type { Rounding } from "./types";

/**
 * `percent`% of `minor`, rounded to whole minor units: (10001, 0.5) -> 50 half-even (50.005 -> 50).
 * The percentage is read as the decimal it shows (0.1 + 0.2 as 0.3). Throws RangeError for a
 * non-finite percentage or a result beyond safe integers (a bug, not data).
 */
export function percentOfMinor(minor: number, percent: number, rounding: Rounding = "half-even"): number {
  if (!Number.isSafeInteger(minor))
    throw new RangeError(`percentOfMinor: minor must be a safe integer: ${minor}`);
  if (!Number.isFinite(percent)) throw new RangeError(`percentOfMinor: percent must be finite: ${percent}`);
  const p = decimalOfDouble(percent);
  // minor × digits × 10^(exponent - 2), on magnitudes
  let numerator = BigInt(Math.abs(minor)) * BigInt(p.digits);
  let denominator = 1n;
  const shift = p.exponent - 2;
  if (shift >= 0) numerator *= 10n ** BigInt(shift);
  else denominator = 10n ** BigInt(-shift);
  let q = numerator / denominator;
  const twice = (numerator % denominator) * 2n;
  if (twice > denominator || (twice === denominator && (rounding === "half-up" || q % 2n === 1n))) q += 1n;
  if (q > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`percentOfMinor: result too large`);
  const negative = minor < 0 !== p.negative;
  const n = Number(q);
  return negative && n !== 0 ? -n : n;
}
