/**
 * Amount cells to exact minor units or a typed issue. Numbers go through round.ts (float noise is cut at
 * Excel's 15 digits), text through scanAmount.ts; blanks, booleans and error cells are never amounts.
 */
import { describeCell, type Cell } from "../cell";
import { COMMA, DOT } from "./amountChars";
import { failure, overflowReason, textFailure, type AmountFailure } from "./amountFailures";
import { roundScaled, hasAtMostDecimals, scaleOf } from "./round";
import { AmountScanner } from "./scanAmount";
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

export type AmountResult =
  /**
   * `currency` when the text carried a symbol or code (€ -> EUR, $ -> USD, £ -> GBP, ¥ -> JPY, "USD 5");
   * `rounded` when a text wrote non-zero digits beyond the scale, which rounding dropped ("4250.004").
   */
  | { readonly ok: true; readonly minor: number; readonly currency?: string; readonly rounded?: true }
  | AmountFailure;

const scanner = new AmountScanner();

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
        return {
          ok: true,
          minor,
          ...(currency === undefined ? {} : { currency }),
          ...(scanner.rounded ? { rounded: true as const } : {}),
        };
      }
      return textFailure(cell, scanner.failure, scanner.failAt, decimals, opts.decimalSeparator);
    }
    case "boolean":
      return failure("amount_invalid", `${describeCell(cell)} is a logical value, not an amount`);
    default:
      return failure("amount_error_cell", `the cell holds the error ${cell.code}`);
  }
}
