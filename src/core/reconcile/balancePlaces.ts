/**
 * A run's declared balances, and which currency's statement takes each side's: the one their currency
 * names, else the one currency the side's rows are in; none where that is unknown.
 */
import type { Side } from "./types";

/** Declared balances in minor units; closing ones win over opening + rows. */
export interface Balances {
  /**
   * Currency of these balances; default: the run's default currency. Where no row is in that currency
   * (rows naming several, none the run's), each side's go to the one currency its rows are in, or to no
   * statement (placeBalances).
   */
  readonly currency?: string;
  /** The currency one side's balances name where it is not `currency` ("1,000.00 USD" typed on a run in several). */
  readonly leftCurrency?: string;
  readonly rightCurrency?: string;
  readonly leftOpening?: number;
  readonly leftClosing?: number;
  readonly rightOpening?: number;
  readonly rightClosing?: number;
  /**
   * Σ of a side's rows cleared earlier against another table: not among its records, yet they moved
   * its balance, so a declared closing is checked against opening + rows + these.
   */
  readonly leftCleared?: number;
  readonly rightCleared?: number;
}

/**
 * Where a run's declared balances go: per side, the currency of the statement that takes them (null for
 * none), and the sides whose figures no statement can take, with the currencies their rows are in.
 */
export interface BalancePlaces {
  readonly left: string | null;
  readonly right: string | null;
  readonly unknown: { readonly left?: readonly string[]; readonly right?: readonly string[] };
}

const NOWHERE: BalancePlaces = { left: null, right: null, unknown: {} };

export function idsOf(cur: Int32Array): Set<number> {
  const ids = new Set<number>();
  for (let i = 0; i < cur.length; i++) ids.add(cur[i] as number);
  return ids;
}

export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The statement each side's balances belong to. Balances in a currency some row is in go to its
 * statement; balances naming a currency no row is in get a statement of their own. Balances in the
 * run's default currency when no row is in it (rows naming several currencies, none the run's) belong
 * to the one currency their side's rows are in; where those are several, no statement takes them and
 * the side is listed as unknown, so nothing is invented for them.
 */
export function placeBalances(
  balances: Balances | undefined,
  leftCur: Int32Array,
  rightCur: Int32Array,
  currencies: readonly string[],
): BalancePlaces {
  if (balances === undefined) return NOWHERE;
  const declared = {
    left: balances.leftOpening !== undefined || balances.leftClosing !== undefined,
    right: balances.rightOpening !== undefined || balances.rightClosing !== undefined,
  };
  if (!declared.left && !declared.right) return NOWHERE;
  const runs = balances.currency ?? currencies[0] ?? "";
  const ids = { left: idsOf(leftCur), right: idsOf(rightCur) };
  const used = new Set([...ids.left, ...ids.right]);
  const unknown: { left?: readonly string[]; right?: readonly string[] } = {};
  const place = (side: Side): string | null => {
    if (!declared[side]) return null;
    const named = (side === "left" ? balances.leftCurrency : balances.rightCurrency) ?? runs;
    const at = currencies.indexOf(named);
    // Without rows, the one statement is the default currency's.
    if ((at >= 0 && used.has(at)) || named !== "" || used.size === 0) return named;
    const own = ids[side].size > 0 ? ids[side] : used;
    const codes = [...own].map((c) => currencies[c] ?? "").sort(byCode);
    if (codes.length === 1) return codes[0] as string;
    unknown[side] = codes;
    return null;
  };
  const left = place("left");
  const right = place("right");
  return { left, right, unknown };
}
