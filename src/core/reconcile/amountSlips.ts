/**
 * Amounts one keying slip apart: two adjacent digits swapped (1,243.00 vs 1,234.00), the sign flipped,
 * the decimal point shifted (x10, x100, /10, /100). Pure arithmetic on minor units, no string per
 * amount: the detectors try every variant of each open row, and reasons and adjustments name the slip
 * inside a match.
 */

/** A slip's kind and, for decimal shifts, how the amounts relate ("ten times"). */
export interface Slip {
  readonly kind: "sign_flip" | "transposed_digits" | "decimal_shift";
  readonly factor: string;
}

export const SIGN: Slip = { kind: "sign_flip", factor: "" };
export const SWAP: Slip = { kind: "transposed_digits", factor: "" };
/** Decimal shifts: multiply by `times`, or divide by `divide` when that leaves an integer. */
const SHIFTS: readonly { readonly times: number; readonly divide: number; readonly slip: Slip }[] = [
  { times: 10, divide: 0, slip: { kind: "decimal_shift", factor: "one tenth of" } },
  { times: 100, divide: 0, slip: { kind: "decimal_shift", factor: "one hundredth of" } },
  { times: 0, divide: 10, slip: { kind: "decimal_shift", factor: "ten times" } },
  { times: 0, divide: 100, slip: { kind: "decimal_shift", factor: "a hundred times" } },
];

/** Most variants of one amount: a sign flip, 15 transpositions of 16 digits, 4 decimal shifts. */
const MAX_VARIANTS = 1 + 15 + SHIFTS.length;

/** Scratch lists of an amount's variants: the slipped values and what slip made each. */
export interface Variants {
  readonly values: Float64Array;
  readonly kinds: Slip[];
  count: number;
}

export function newVariants(): Variants {
  return {
    values: new Float64Array(MAX_VARIANTS),
    kinds: new Array<Slip>(MAX_VARIANTS).fill(SIGN),
    count: 0,
  };
}

function put(out: Variants, value: number, v: Slip): void {
  out.values[out.count] = value;
  out.kinds[out.count] = v;
  out.count++;
}

/**
 * Writes every safe amount one slip away from m into `out`: the sign flipped, two adjacent digits
 * swapped (same number of digits, never a leading zero; most significant pair first), and the decimal
 * point shifted by one or two places.
 */
export function variantsOf(m: number, out: Variants): Variants {
  out.count = 0;
  if (m === 0) return out;
  put(out, -m, SIGN);
  const abs = Math.abs(m);
  let scale = 1;
  while (scale * 10 <= abs) scale *= 10;
  // scale: the place of the leading digit. For each adjacent pair (place 10p, place p), left to right.
  for (let p = scale / 10; p >= 1; p /= 10) {
    const hi = Math.floor(abs / (p * 10)) % 10;
    const lo = Math.floor(abs / p) % 10;
    if (hi === lo || (p * 10 === scale && lo === 0)) continue;
    const swapped = abs + (lo - hi) * 9 * p;
    if (Number.isSafeInteger(swapped)) put(out, m < 0 ? -swapped : swapped, SWAP);
  }
  for (const shift of SHIFTS) {
    const value = shift.times > 0 ? m * shift.times : m % shift.divide === 0 ? m / shift.divide : NaN;
    if (Number.isSafeInteger(value)) put(out, value, shift.slip);
  }
  return out;
}

/** Amounts one adjacent transposition away from m (same number of digits, sign kept). */
export function transpositions(m: number): number[] {
  const v = variantsOf(m, newVariants());
  const out: number[] = [];
  for (let k = 0; k < v.count; k++) if (v.kinds[k] === SWAP) out.push(v.values[k] as number);
  return out;
}

/** How `a` (left) became `b` (right) by one slip, or null. */
export function slipBetween(a: number, b: number, scratch: Variants = newVariants()): Slip | null {
  const v = variantsOf(a, scratch);
  for (let k = 0; k < v.count; k++) if (v.values[k] === b) return v.kinds[k] as Slip;
  return null;
}

/**
 * The slip between the two sides of a match, from their sums: opposite in sign for any match (Σ right
 * = −Σ left, not zero), the other slips only between one row and one row (a keyed amount, not a sum).
 * Null when the sides agree or differ otherwise.
 */
export function slipOfMatch(
  leftSum: number,
  rightSum: number,
  oneToOne: boolean,
  scratch?: Variants,
): Slip | null {
  if (leftSum === rightSum) return null;
  if (leftSum !== 0 && rightSum === -leftSum) return SIGN;
  return oneToOne ? slipBetween(leftSum, rightSum, scratch) : null;
}
