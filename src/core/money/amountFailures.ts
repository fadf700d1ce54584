/** Why an amount cell was refused: the scanner's failure codes and their wording, in one place. */
import { describeCell, type Cell } from "../cell";

export type AmountFailureCode =
  "amount_blank" | "amount_invalid" | "amount_error_cell" | "amount_precision" | "amount_overflow";

export interface AmountFailure {
  readonly ok: false;
  readonly code: AmountFailureCode;
  readonly reason: string;
}

export const FAIL_NONE = 0;
export const FAIL_BLANK = 1;
export const FAIL_NO_DIGITS = 2;
export const FAIL_UNEXPECTED = 3;
export const FAIL_HEX = 4;
export const FAIL_SCIENTIFIC = 5;
export const FAIL_PERCENT = 6;
export const FAIL_AMBIGUOUS_COMMA = 7;
export const FAIL_GROUPING = 8;
export const FAIL_MIXED_GROUPING = 9;
export const FAIL_TWO_DECIMAL_MARKS = 10;
export const FAIL_SEPARATOR_IN_FRACTION = 11;
export const FAIL_TWO_SIGNS = 12;
export const FAIL_PARENTHESES = 13;
export const FAIL_TWO_CURRENCIES = 14;
export const FAIL_UNKNOWN_CURRENCY = 15;
export const FAIL_ERROR_TEXT = 16;
export const FAIL_PRECISION = 17;
export const FAIL_OVERFLOW = 18;

export function failure(code: AmountFailureCode, reason: string): AmountFailure {
  return { ok: false, code, reason };
}

export function overflowReason(value: Cell, decimals: number): string {
  return `${describeCell(value)} is too large to count exactly in units of 10^-${decimals}`;
}

/** Worded failure for the scanner's code on `text`. */
export function textFailure(
  text: string,
  code: number,
  at: number,
  decimals: number,
  declared: "." | "," | undefined,
): AmountFailure {
  const shown = describeCell(text);
  const ch = JSON.stringify(text.charAt(at));
  switch (code) {
    case FAIL_BLANK:
      return failure("amount_blank", "the cell is blank");
    case FAIL_PRECISION:
      return failure("amount_precision", `${shown} has more than ${decimals} decimal places`);
    case FAIL_OVERFLOW:
      return failure("amount_overflow", overflowReason(text, decimals));
    case FAIL_NO_DIGITS:
      return invalid(`${shown} has no digits`);
    case FAIL_HEX:
      return invalid(`${shown} is hexadecimal notation`);
    case FAIL_SCIENTIFIC:
      return invalid(`${shown} is scientific notation stored as text; type the amount in plain digits`);
    case FAIL_PERCENT:
      return invalid(`${shown} is a percentage`);
    case FAIL_AMBIGUOUS_COMMA:
      return invalid(
        `in ${shown} the comma cannot separate thousands, and no decimal separator was declared; ` +
          `if it is a decimal comma, set the decimal separator to ","`,
      );
    case FAIL_GROUPING: {
      const hint = declared === undefined ? "" : ` (the decimal separator is "${declared}")`;
      return invalid(`${shown} has a thousands separator out of place${hint}; digits group in threes`);
    }
    case FAIL_MIXED_GROUPING:
      return invalid(`${shown} mixes different thousands separators`);
    case FAIL_TWO_DECIMAL_MARKS:
      return invalid(`${shown} has more than one decimal mark ${ch}`);
    case FAIL_SEPARATOR_IN_FRACTION:
      return invalid(`${shown} has a separator ${ch} after the decimal mark`);
    case FAIL_TWO_SIGNS:
      return invalid(`${shown} has more than one sign (-, +, parentheses, CR/DR or H/S)`);
    case FAIL_PARENTHESES:
      return invalid(`${shown} has unbalanced parentheses`);
    case FAIL_TWO_CURRENCIES:
      return invalid(`${shown} names more than one currency`);
    case FAIL_UNKNOWN_CURRENCY:
      return invalid(
        `${JSON.stringify(text.slice(at, at + 3))} in ${shown} is not an ISO 4217 currency code`,
      );
    case FAIL_ERROR_TEXT:
      return invalid(`${shown} is text that looks like an error value, not an error cell`);
    default:
      return invalid(`unexpected ${ch} in ${shown}`);
  }
}

function invalid(reason: string): AmountFailure {
  return failure("amount_invalid", reason);
}
