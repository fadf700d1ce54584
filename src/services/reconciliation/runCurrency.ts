/**
 * The run's currency, from the sides as the setup reads them: the proposal's guess was made before the
 * user's reading (date order, columns, a side's currency) was laid over it, and a side whose rows only
 * read under that reading (02.03.2026 once its order is given) names its currency only then.
 */
import { currencyDecimals } from "../../core/money";
import { rereadIn, type SideRecords } from "../../core/reconcileInput";
import type { BalanceSetup, ReconcileSetup } from "./setup";

/**
 * Both sides read without a currency first; then, when they name exactly one, the sides that have rows
 * naming none read again in it (core's readInOneCurrency, with reads that yield to the UI).
 */
export async function readInRunCurrency(
  read: (side: "left" | "right", currency: string) => Promise<SideRecords>,
): Promise<{ readonly left: SideRecords; readonly right: SideRecords; readonly currency: string }> {
  const first = { left: await read("left", ""), right: await read("right", "") };
  const again = rereadIn(first.left, first.right);
  return {
    left: again.left ? await read("left", again.currency) : first.left,
    right: again.right ? await read("right", again.currency) : first.right,
    currency: again.currency,
  };
}

/** Minor units at one scale in another: exact to more decimals, rounded to fewer. */
function rescale(minor: number | undefined, from: number, to: number): number | undefined {
  if (minor === undefined) return undefined;
  return to >= from ? minor * 10 ** (to - from) : Math.round(minor / 10 ** (from - to)) + 0;
}

function typedAt(b: BalanceSetup, from: number, to: number): BalanceSetup {
  if (b.source !== "typed" || from === to) return b;
  const opening = rescale(b.opening, from, to);
  const closing = rescale(b.closing, from, to);
  const { opening: _o, closing: _c, ...rest } = b;
  return {
    ...rest,
    ...(opening !== undefined ? { opening } : {}),
    ...(closing !== undefined ? { closing } : {}),
  };
}

/**
 * The setup in the run's currency. Typed balances given as minor units were read at the scale of the
 * setup's currency: they move to the run's. Typed text is read in the run's currency by the run itself
 * (readTypedBalances), never rescaled: "18,420.5" in yen is refused, not rounded.
 */
export function inRunCurrency(setup: ReconcileSetup, currency: string): ReconcileSetup {
  if (currency === setup.currency) return setup;
  const from = currencyDecimals(setup.currency);
  const to = currencyDecimals(currency);
  return {
    ...setup,
    currency,
    left: { ...setup.left, balances: typedAt(setup.left.balances, from, to) },
    right: { ...setup.right, balances: typedAt(setup.right.balances, from, to) },
  };
}
