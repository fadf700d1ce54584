/**
 * Money the user types (balances) and money the pane shows, at the run's currency scale; the short
 * names that prefix row numbers in the lists.
 */
import { currencyDecimals, parseAmount } from "../../../core/money";
import { displayMoney } from "../../../services/reconciliation";

export type Typed =
  { readonly ok: true; readonly minor: number | undefined } | { readonly ok: false; readonly error: string };

/** A typed balance: blank is "not given", otherwise an exact amount or why not. */
export function readTypedAmount(text: string, currency: string): Typed {
  if (text.trim() === "") return { ok: true, minor: undefined };
  const r = parseAmount(text, { decimals: currencyDecimals(currency) });
  return r.ok ? { ok: true, minor: r.minor } : { ok: false, error: `${r.reason}.` };
}

export function money(minor: number, currency: string): string {
  return displayMoney(minor, currency);
}

export { count, counted } from "../../components/counts";

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The prefixes of row numbers in the lists ("L12 ↔ B8"): the shortest starts of the two table names
 * that tell them apart, so Book and Bank read "Bo12 ↔ Ba8". Names that only differ past six letters,
 * or not at all, fall back to L and R (left and right).
 */
export function rowPrefixes(left: string, right: string): { left: string; right: string } {
  const a = left.toUpperCase();
  const b = right.toUpperCase();
  for (let n = 1; n <= 6; n++) {
    const x = left.slice(0, n);
    const y = right.slice(0, n);
    if (x.length === n && y.length === n && a.slice(0, n) !== b.slice(0, n))
      return { left: x.charAt(0).toUpperCase() + x.slice(1), right: y.charAt(0).toUpperCase() + y.slice(1) };
  }
  return { left: "L", right: "R" };
}
