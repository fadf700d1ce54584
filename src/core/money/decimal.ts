/**
 * The decimal a double cell stands for, and exact rounding of decimal digit strings. A double read from
 * Excel carries binary noise (0.1 + 0.2 = 0.30000000000000004): we take its shortest round-trip decimal
 * (what JavaScript prints) and cut it to 15 significant digits, the precision Excel keeps and shows.
 * Digits past the 15th are float noise, never data. Only slow paths come here; see round.ts.
 */
import type { Rounding } from "./types";

/** Significant digits Excel keeps for a number. */
export const EXCEL_DIGITS = 15;

export interface DecimalValue {
  readonly negative: boolean;
  /** Significant digits, no leading or trailing zeros; "0" for zero. */
  readonly digits: string;
  /** The value is digits × 10^exponent. */
  readonly exponent: number;
}

/** The decimal value of a finite double: shortest round-trip digits cut to Excel's 15, ties away from zero. */
export function decimalOfDouble(x: number): DecimalValue {
  const text = String(Math.abs(x));
  let mantissa = text;
  let exponent = 0;
  const e = text.indexOf("e");
  if (e >= 0) {
    mantissa = text.slice(0, e);
    exponent = Number(text.slice(e + 1));
  }
  let digits = mantissa;
  const dot = mantissa.indexOf(".");
  if (dot >= 0) {
    digits = mantissa.slice(0, dot) + mantissa.slice(dot + 1);
    exponent -= mantissa.length - dot - 1;
  }
  digits = stripLeadingZeros(digits);
  if (digits.length > EXCEL_DIGITS) {
    // Excel shows the 15-digit cut with ties away from zero; that displayed value is what the user means.
    const drop = digits.length - EXCEL_DIGITS;
    digits = roundDigits(digits, drop, "half-up");
    exponent += drop;
  }
  return normalized(x < 0, digits, exponent);
}

/**
 * Drops the last `drop` (> 0) digits of a non-negative integer written in `digits`, rounding by `rounding`
 * on the magnitude (so "half-up" means ties away from zero once the sign is put back).
 */
export function roundDigits(digits: string, drop: number, rounding: Rounding): string {
  const keep = digits.length - drop;
  if (keep < 0) return "0"; // the first dropped digit is an implicit leading 0: below one half
  const kept = keep === 0 ? "0" : digits.slice(0, keep);
  const first = digits.charCodeAt(keep) - 48;
  let sticky = false;
  for (let i = keep + 1; i < digits.length && !sticky; i++) sticky = digits.charCodeAt(i) !== 48;
  const lastOdd = (kept.charCodeAt(kept.length - 1) - 48) % 2 === 1;
  const up = rounding === "half-up" ? first >= 5 : first > 5 || (first === 5 && (sticky || lastOdd));
  return up ? incrementDigits(kept) : kept;
}

/**
 * The integer digits of value × 10^decimals rounded by `rounding`, and whether rounding dropped anything.
 */
export function scaleDecimal(
  value: DecimalValue,
  decimals: number,
  rounding: Rounding,
): { readonly digits: string; readonly inexact: boolean } {
  const shift = value.exponent + decimals;
  if (value.digits === "0") return { digits: "0", inexact: false };
  if (shift >= 0) return { digits: value.digits + "0".repeat(shift), inexact: false };
  return { digits: roundDigits(value.digits, -shift, rounding), inexact: true };
}

/** Digits as a signed safe integer, or NaN when they do not fit in one. */
export function safeIntegerOfDigits(digits: string, negative: boolean): number {
  if (digits.length > 16) return NaN;
  const n = Number(digits);
  if (n > Number.MAX_SAFE_INTEGER) return NaN;
  return negative && n !== 0 ? -n : n;
}

function normalized(negative: boolean, digits: string, exponent: number): DecimalValue {
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
  const trimmed = digits.slice(0, end);
  if (trimmed === "0" || trimmed === "") return { negative: false, digits: "0", exponent: 0 };
  return { negative, digits: trimmed, exponent: exponent + digits.length - end };
}

function stripLeadingZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return digits.slice(i);
}

function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  if (i < 0) return "1" + "0".repeat(digits.length);
  return (
    digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + "0".repeat(digits.length - i - 1)
  );
}
