/** Minor units back out: to a cell number, to an exact plain decimal, and to a display string for messages. */
import { currencyDecimals } from "./currency";
import { scaleOf } from "./round";

/** The number to write in a cell (123450, 2 -> 1234.5): the double nearest the exact decimal, so Excel shows it exactly. */
export function minorToNumber(minor: number, decimals: number): number {
  // Division by an exact power of ten is correctly rounded: the result prints as the decimal it stands for.
  return minor / scaleOf(decimals) + 0;
}

/** Exact plain decimal: (-123450, 2) -> "-1234.50", (5, 0) -> "5". */
export function formatMinor(minor: number, decimals: number): string {
  const { sign, whole, fraction } = split(minor, decimals);
  return fraction === "" ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}

/** Display form for messages and reports: (123450, "USD") -> "1,234.50 USD", (-5, "JPY") -> "-5 JPY". */
export function formatMoney(minor: number, currency: string): string {
  const { sign, whole, fraction } = split(minor, currencyDecimals(currency));
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return `${sign}${grouped}${fraction === "" ? "" : `.${fraction}`} ${currency}`;
}

function split(minor: number, decimals: number): { sign: string; whole: string; fraction: string } {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`minor units must be a safe integer: ${minor}`);
  scaleOf(decimals);
  const digits = String(Math.abs(minor)).padStart(decimals + 1, "0");
  const cut = digits.length - decimals;
  return { sign: minor < 0 ? "-" : "", whole: digits.slice(0, cut), fraction: digits.slice(cut) };
}
