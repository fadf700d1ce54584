/** Worksheet functions about amounts. Thin: coerce the arguments, call core, return a number or an error. */
import type { Cell } from "../core/cell";
import { minorToNumber, parseAmount as parseAmountCell } from "../core/money";
import { invalidValue } from "./errors";

/**
 * Amounts are read to 4 decimal places (enough for every ISO currency and for unit prices) and never rounded
 * silently: a fifth decimal is an error. 4 places keep every amount below 900 billion exact.
 */
const PARSE_DECIMALS = 4;

/** Excel passes a blank cell to an `any` parameter as null or "", a typed value as itself. */
function toCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  throw invalidValue("Give one cell or one value, not a range.");
}

function toSeparator(value: unknown): "." | "," | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (value === "." || value === ",") return value;
  throw invalidValue(`decimalSeparator must be "." or ","; got "${String(value)}".`);
}

// functions.json takes a JSDoc description with its line breaks, which Excel shows: each is one line.
/**
 * Reads an amount written as text, exactly: "1,234.50", "(50.00)", "-50", "50.00-", "€95", "USD 12.30", or "1.234,50" with "," as the decimal separator. Returns #VALUE! saying why when the text is not an amount or has more than 4 decimal places.
 * @customfunction PARSEAMOUNT
 * @param {any} text The amount as text, or a number with at most 4 decimal places (more, as in 1/3, is #VALUE!).
 * @param {string} [decimalSeparator] "." (default) or "," for amounts written like 1.234,50.
 * @returns {number} The amount as a number.
 */
// Excel passes numbers, text and booleans to one `any` parameter; the metadata generator knows no `unknown`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function parseAmount(text: any, decimalSeparator?: string): number {
  const separator = toSeparator(decimalSeparator);
  const result = parseAmountCell(toCell(text), {
    decimals: PARSE_DECIMALS,
    strictPrecision: true,
    ...(separator ? { decimalSeparator: separator } : {}),
  });
  if (!result.ok) throw invalidValue(`${result.reason}.`);
  return minorToNumber(result.minor, PARSE_DECIMALS);
}
