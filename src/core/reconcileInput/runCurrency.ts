/**
 * The currency of a run: rows that name none take the one currency the tables name (a Currency column,
 * an amount header's "(GBP)", symbols, a side's setting), read at that currency's scale. A ledger in yen
 * against a bank export of bare numbers is read in yen on both sides: 5000 is ¥5,000, not 5,000.00 of no
 * currency.
 */
import { ROW_UNREADABLE, type SideRecords } from "./readSide";

/** The one currency the lists name, else "" (none, or several). */
export function oneCurrency(...lists: readonly (readonly string[])[]): string {
  const named = new Set(lists.flat().filter((c) => c !== ""));
  return named.size === 1 ? ([...named][0] as string) : "";
}

/**
 * Whether reading a side again at a currency could change it: rows that named none (read at two
 * decimals), rows cleared earlier in none, or rows it could not read (1.234 is unreadable at two decimals
 * and an amount at three).
 */
export function takesDefaultCurrency(read: SideRecords): boolean {
  return read.currencies.includes("") || read.cleared.minor.has("") || read.state.includes(ROW_UNREADABLE);
}

/**
 * After both sides were read without a currency: the one they name, and which of them to read again in
 * it (those with rows naming none). No side is read again when they name none, or several.
 */
export function rereadIn(
  left: SideRecords,
  right: SideRecords,
): { readonly currency: string; readonly left: boolean; readonly right: boolean } {
  const currency = oneCurrency(left.currencies, right.currencies);
  return {
    currency,
    left: currency !== "" && takesDefaultCurrency(left),
    right: currency !== "" && takesDefaultCurrency(right),
  };
}

/**
 * Both sides read, without a currency first; then, when they name exactly one, the sides that have rows
 * naming none read again in it. `read(side, currency)` reads one side with that default currency.
 */
export function readInOneCurrency(read: (side: "left" | "right", currency: string) => SideRecords): {
  readonly left: SideRecords;
  readonly right: SideRecords;
  readonly currency: string;
} {
  const first = { left: read("left", ""), right: read("right", "") };
  const again = rereadIn(first.left, first.right);
  return {
    left: again.left ? read("left", again.currency) : first.left,
    right: again.right ? read("right", again.currency) : first.right,
    currency: again.currency,
  };
}
