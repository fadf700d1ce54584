/** Money: integer minor units, exact parsing of dirty amount cells, rounding, allocation and formatting. */
export type { Money, Rounding } from "./types";
export { currencyDecimals, isCurrencyCode } from "./currency";
export { parseAmount, parseAmountMinor, type AmountOptions, type AmountResult } from "./parseAmount";
export { decimalMarkRead, digitsAfter } from "./decimalMark";
export type { AmountFailure, AmountFailureCode } from "./amountFailures";
export { roundScaled, MAX_DECIMALS } from "./round";
export { minorToNumber, formatMinor, formatMoney } from "./format";
export { allocate } from "./allocate";
export { percentOfMinor } from "./percent";
export { sumMinor } from "./sum";
