/**
 * A setup's typed balances as a run reads them: each side's text in the run's currency and that side's
 * reading as it is now, so a switch turned after typing still counts. One that does not read stops the run.
 */
import type { BalanceSetup, ReconcileSetup } from "./setup";
import { readTypedBalance, type BalanceKey, type TypedBalanceSide } from "./typedBalance";

/** A typed balance the run cannot take: which side and balance, and why (the message names both). */
export class BalanceError extends Error {
  override readonly name = "BalanceError";

  constructor(
    readonly side: "left" | "right",
    readonly key: BalanceKey,
    message: string,
  ) {
    super(message);
  }
}

const KEYS: readonly BalanceKey[] = ["opening", "closing"];

/** "EUR, JPY and USD"; rows naming none are "no currency". */
function listed(codes: readonly string[]): string {
  const names = codes.map((c) => (c === "" ? "no currency" : c));
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] as string}`;
}

/** What a side's balances are read by: its reading, and the currencies its rows are in (SideRecords). */
interface SideRead extends TypedBalanceSide {
  readonly currencies: readonly string[];
}

function sideBalances(
  b: BalanceSetup,
  side: "left" | "right",
  how: SideRead,
  currency: string,
  own = "",
): BalanceSetup {
  if (b.source !== "typed" || (b.text === undefined && (b.unreadable ?? []).length === 0)) return b;
  const amounts: Partial<Record<BalanceKey, number>> = {};
  const named: Partial<Record<BalanceKey, string>> = {};
  for (const key of KEYS) {
    const text = b.text?.[key];
    if (text !== undefined) {
      const read = readTypedBalance(text, key, how, own || currency);
      if (!read.ok) throw new BalanceError(side, key, read.error);
      if (read.minor !== undefined) amounts[key] = read.minor;
      if (read.currency !== undefined) named[key] = read.currency;
    } else if (b.unreadable?.includes(key)) {
      throw new BalanceError(side, key, `The ${key} balance of ${how.name} does not read as an amount.`);
    } else if (b[key] !== undefined) {
      amounts[key] = b[key];
    }
  }
  // One side's balances belong to one statement: an opening and a closing naming two currencies do not.
  const codes = [...new Set(Object.values(named))];
  if (codes.length > 1)
    throw new BalanceError(
      side,
      "closing",
      `The opening balance of ${how.name} is in ${named.opening ?? ""} and its closing balance in ${named.closing ?? ""}: type both in one currency.`,
    );
  const code = codes[0] ?? (own !== "" && Object.keys(amounts).length > 0 ? own : undefined);
  // On a run in several currencies, a currency none of the side's rows is in is a slip (GBP for USD): its
  // statement would hold the balance alone while the rows' own started from zero.
  if (code !== undefined && currency === "" && how.currencies.length > 0 && !how.currencies.includes(code)) {
    const key = named.opening === code ? "opening" : "closing";
    throw new BalanceError(
      side,
      key,
      `The ${key} balance of ${how.name} is in ${code}, but its rows are in ${listed(how.currencies)}.`,
    );
  }
  return {
    source: "typed",
    ...amounts,
    ...(b.text ? { text: b.text } : {}),
    ...(code === undefined ? {} : { currency: code }),
  };
}

/** What a side's rows were read with, as SideRecords has it. */
interface SideRows {
  readonly decimalSeparator: "." | "," | undefined;
  /** Distinct currencies of its usable rows ("" = the run's default), sorted. */
  readonly currencies: readonly string[];
}

/**
 * The setup with its typed balances read for the run, `setup` itself when it has no text to read. The
 * sides' decimal separators and currencies are those their rows were read with (SideRecords): on a run
 * in several currencies, a balance naming one none of its side's rows is in is refused. Throws a
 * BalanceError for the first balance that does not read (left before right, opening before closing).
 */
export function readTypedBalances(
  setup: ReconcileSetup,
  sides: { readonly left: SideRows; readonly right: SideRows },
): ReconcileSetup {
  const of = (side: "left" | "right") => {
    const s = setup[side];
    const { decimalSeparator, currencies } = sides[side];
    const how = { name: s.name, reading: s.reading, decimalSeparator, currencies };
    // On a run in several currencies, a side whose rows are all in one reads its bare balances in that one.
    const one = currencies.length === 1 ? (currencies[0] as string) : "";
    return sideBalances(s.balances, side, how, setup.currency, setup.currency === "" ? one : "");
  };
  const left = of("left");
  const right = of("right");
  if (left === setup.left.balances && right === setup.right.balances) return setup;
  return {
    ...setup,
    left: { ...setup.left, balances: left },
    right: { ...setup.right, balances: right },
  };
}
