/** Money the user types (balances) and money the pane shows, at the run's currency scale. */
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

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
