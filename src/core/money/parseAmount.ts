/**
 * Amount cells to exact minor units or a typed issue. Numbers go through round.ts (float noise is cut at
 * Excel's 15 digits), text through scanAmount.ts; blanks, booleans and error cells are never amounts.
 */
import { describeCell, type Cell } from "../cell";
import { roundScaled, hasAtMostDecimals, scaleOf } from "./round";
import * as F from "./scanAmount";
import type { Rounding } from "./types";

export interface AmountOptions {
  /** Scale: 2 for USD, 0 for JPY, 3 for BHD, or e.g. 3 for quantities. */
  readonly decimals: number;
  /** Text only. When absent: "." unless the text is unambiguous otherwise ("1.234,50", "1 234,50"). */
  readonly decimalSeparator?: "." | ",";
  /** Default "half-even". */
  readonly rounding?: Rounding;
  /** True: more decimals than `decimals` is an amount_precision issue instead of rounding. */
  readonly strictPrecision?: boolean;
}

export type AmountFailureCode =
  "amount_blank" | "amount_invalid" | "amount_error_cell" | "amount_precision" | "amount_overflow";

export type AmountResult =
  /** `currency` when the text carried a symbol or code (€ -> EUR, $ -> USD, £ -> GBP, ¥ -> JPY, "USD 5"). */
  | { readonly ok: true; readonly minor: number; readonly currency?: string }
  | { readonly ok: false; readonly code: AmountFailureCode; readonly reason: string };

const scanner = new F.AmountScanner();
const DOT = 46;
const COMMA = 44;

/** Fast path: minor units, or NaN for anything parseAmount would not accept as ok (blank included). Half-even. */
export function parseAmountMinor(cell: Cell, decimals: number, decimalSeparator?: "." | ","): number {
  if (typeof cell === "number") return roundScaled(cell, decimals);
  if (typeof cell === "string") {
    const mark = decimalSeparator === undefined ? 0 : decimalSeparator === "." ? DOT : COMMA;
    return scanner.scan(cell, decimals, scaleOf(decimals), mark, false, false);
  }
  return NaN;
}

/** One amount cell: exact minor units at `opts.decimals`, or why not. */
export function parseAmount(cell: Cell, opts: AmountOptions): AmountResult {
  const { decimals } = opts;
  const scale = scaleOf(decimals);
  const rounding = opts.rounding ?? "half-even";
  const strict = opts.strictPrecision === true;
  if (cell === null) return failure("amount_blank", "the cell is blank");
  switch (typeof cell) {
    case "number": {
      if (!Number.isFinite(cell)) return failure("amount_invalid", `${cell} is not a finite number`);
      if (strict && !hasAtMostDecimals(cell, decimals)) {
        return failure("amount_precision", `${describeCell(cell)} has more than ${decimals} decimal places`);
      }
      const minor = roundScaled(cell, decimals, rounding);
      if (minor !== minor) return failure("amount_overflow", overflowReason(cell, decimals));
      return { ok: true, minor };
    }
    case "string": {
      const mark = opts.decimalSeparator === undefined ? 0 : opts.decimalSeparator === "." ? DOT : COMMA;
      const minor = scanner.scan(cell, decimals, scale, mark, rounding === "half-up", strict);
      if (minor === minor) {
        const currency = scanner.currency;
        return currency === undefined ? { ok: true, minor } : { ok: true, minor, currency };
      }
      return textFailure(cell, scanner.failure, scanner.failAt, decimals, opts.decimalSeparator);
    }
    case "boolean":
      return failure("amount_invalid", `${describeCell(cell)} is a logical value, not an amount`);
    default:
      return failure("amount_error_cell", `the cell holds the error ${cell.code}`);
  }
}

function failure(code: AmountFailureCode, reason: string): AmountResult {
  return { ok: false, code, reason };
}

function overflowReason(value: Cell, decimals: number): string {
  return `${describeCell(value)} is too large to count exactly in units of 10^-${decimals}`;
}

function textFailure(
  text: string,
  code: number,
  at: number,
  decimals: number,
  declared: "." | "," | undefined,
): AmountResult {
  const shown = describeCell(text);
  const ch = JSON.stringify(text.charAt(at));
  switch (code) {
    case F.FAIL_BLANK:
      return failure("amount_blank", "the cell is blank");
    case F.FAIL_PRECISION:
      return failure("amount_precision", `${shown} has more than ${decimals} decimal places`);
    case F.FAIL_OVERFLOW:
      return failure("amount_overflow", overflowReason(text, decimals));
    case F.FAIL_NO_DIGITS:
      return invalid(`${shown} has no digits`);
    case F.FAIL_HEX:
      return invalid(`${shown} is hexadecimal notation`);
    case F.FAIL_SCIENTIFIC:
      return invalid(`${shown} is scientific notation stored as text; type the amount in plain digits`);
    case F.FAIL_PERCENT:
      return invalid(`${shown} is a percentage`);
    case F.FAIL_AMBIGUOUS_COMMA:
      return invalid(
        `in ${shown} the comma cannot separate thousands, and no decimal separator was declared; ` +
          `if it is a decimal comma, set the decimal separator to ","`,
      );
    case F.FAIL_GROUPING: {
      const hint = declared === undefined ? "" : ` (the decimal separator is "${declared}")`;
      return invalid(`${shown} has a thousands separator out of place${hint}; digits group in threes`);
    }
    case F.FAIL_MIXED_GROUPING:
      return invalid(`${shown} mixes different thousands separators`);
    case F.FAIL_TWO_DECIMAL_MARKS:
      return invalid(`${shown} has more than one decimal mark ${ch}`);
    case F.FAIL_SEPARATOR_IN_FRACTION:
      return invalid(`${shown} has a separator ${ch} after the decimal mark`);
    case F.FAIL_TWO_SIGNS:
      return invalid(`${shown} has more than one sign (-, +, parentheses, CR or DR)`);
    case F.FAIL_PARENTHESES:
      return invalid(`${shown} has unbalanced parentheses`);
    case F.FAIL_TWO_CURRENCIES:
      return invalid(`${shown} names more than one currency`);
    case F.FAIL_UNKNOWN_CURRENCY:
      return invalid(
        `${JSON.stringify(text.slice(at, at + 3))} in ${shown} is not an ISO 4217 currency code`,
      );
    case F.FAIL_ERROR_TEXT:
      return invalid(`${shown} is text that looks like an error value, not an error cell`);
    default:
      return invalid(`unexpected ${ch} in ${shown}`);
  }
}

function invalid(reason: string): AmountResult {
  return failure("amount_invalid", reason);
}
