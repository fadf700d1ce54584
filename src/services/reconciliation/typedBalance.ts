/**
 * A balance typed for a side (the pane's fields, the command line's --left-opening and siblings), read
 * in the run's currency and the side's own conventions, or refused with a reason naming side and balance.
 */
import { describeCell } from "../../core/cell";
import {
  currencyDecimals,
  decimalMarkRead,
  digitsAfter,
  isCurrencyCode,
  parseAmount,
} from "../../core/money";
import type { SideReading } from "../../core/reconcileInput";
import { readIndicator } from "../../core/reconcileInput/cells";

export type BalanceKey = "opening" | "closing";

export type TypedBalance =
  | { readonly ok: true; readonly minor: number | undefined; readonly currency?: string }
  | { readonly ok: false; readonly reason: string; readonly error: string };

/** What a typed balance is read by, besides the run's currency. */
export interface TypedBalanceSide {
  /** The side's name in messages (its table's). */
  readonly name: string;
  /** Its sign switch and which of debit and credit is money in. */
  readonly reading: SideReading;
  /** The decimal separator its amounts are written with, declared or seen (SideRecords, SideProposal). */
  readonly decimalSeparator: "." | "," | undefined;
}

/** The last word of a text: a debit/credit mark or a currency code after the amount. */
const LAST_WORD = /^(.*?)\s*(\p{L}[\p{L}.]*)$/u;
/** One separator and three digits: thousands or decimals, as the writer's locale has it ("18.420"). */
const EITHER_WAY = /^[1-9]\d{0,2}[.,]\d{3}$/;
/** Signs the amount itself may carry; with a debit/credit mark beside it, one is too many. */
const SIGN = /[-+\u2212()]/;

/** Currencies whose own sign "$", "¥" or "£" is (the amount reader names them USD, JPY and GBP). */
const SIGN_OF: Readonly<Record<string, { readonly label: string; readonly codes: readonly string[] }>> = {
  $: {
    label: "dollars or pesos ($)",
    codes: (
      "USD CAD AUD NZD HKD SGD TWD BSD BBD BZD BMD BND FJD GYD JMD KYD LRD NAD SBD SRD TTD XCD " +
      "MXN ARS CLP COP CUP DOP UYU"
    ).split(" "),
  },
  "¥": { label: "yen or yuan (¥)", codes: ["JPY", "CNY"] },
  "£": { label: "pounds (£)", codes: ["GBP", "GIP", "FKP", "SHP"] },
};

const NOWHERE = () => ({});

function debitOrCredit(word: string): "debit" | "credit" | null {
  const mark = readIndicator(word, "", NOWHERE, []);
  return mark === "debit" || mark === "credit" ? mark : null;
}

/**
 * The amount's text without a debit/credit mark after it ("18,420.35 DR", "18.420,35 Soll", "… Cr.",
 * before or after a currency code), and that mark; null when a second sign comes with the mark.
 */
function splitMark(text: string): { amount: string; mark: "debit" | "credit" | null } | null {
  let rest = text;
  let mark: "debit" | "credit" | null = null;
  let code = "";
  for (let k = 0; k < 2; k++) {
    const m = LAST_WORD.exec(rest);
    if (m === null) break;
    const word = m[2] as string;
    const found: "debit" | "credit" | null = mark === null ? debitOrCredit(word) : null;
    if (found !== null) mark = found;
    else if (code === "" && isCurrencyCode(word)) code = word;
    else break;
    rest = m[1] as string;
  }
  if (mark !== null) {
    const another = LAST_WORD.exec(rest);
    if (SIGN.test(rest) || (another !== null && debitOrCredit(another[2] as string) !== null)) return null;
  }
  return { amount: code === "" ? rest : `${rest} ${code}`, mark };
}

/** The digits and decimal-or-thousands marks of a text, in order ("$18.420 DR" -> "18.420"). */
function figures(text: string): string {
  return text.replace(/[^\d.,]/g, "");
}

/** Why a currency the text names is not the run's, or null when it is (or the run names none). */
function otherCurrency(text: string, named: string | undefined, currency: string): string | null {
  if (named === undefined || currency === "" || named === currency) return null;
  const sign = Object.keys(SIGN_OF).find((s) => text.includes(s));
  const shared = sign === undefined ? undefined : SIGN_OF[sign];
  if (shared?.codes.includes(currency)) return null;
  const what = shared === undefined ? named : shared.label;
  return `${describeCell(text)} is in ${what}, but this reconciliation is in ${currency}`;
}

/** The amount, and the currency the text names where the run has none of its own ("1,000.00 USD"). */
type Read = { readonly minor: number; readonly currency?: string } | { readonly reason: string };

function readAmount(text: string, side: TypedBalanceSide, currency: string): Read {
  const split = splitMark(text);
  if (split === null)
    return { reason: `${describeCell(text)} has more than one sign (-, +, parentheses, DR/CR or S/H)` };
  const { amount, mark } = split;
  const decimals = currencyDecimals(currency);
  // Read as the side's amounts are only where the text reads either way; elsewhere the text settles it.
  const ambiguous = EITHER_WAY.test(figures(amount));
  let separator = ambiguous ? (side.reading.decimalSeparator ?? side.decimalSeparator ?? ".") : undefined;
  let r = parseAmount(amount, { decimals, ...(separator ? { decimalSeparator: separator } : {}) });
  if (!r.ok && separator === undefined && amount.includes(",") && !amount.includes(".")) {
    // A comma that cannot separate thousands ("18,42") is a decimal comma, as the rule form reads one.
    const comma = parseAmount(amount, { decimals, decimalSeparator: "," });
    if (comma.ok) [r, separator] = [comma, ","];
  }
  if (!r.ok) return { reason: r.reason };
  // A run in several currencies has none of its own: a figure naming one is read at that one's decimals.
  if (currency === "" && r.currency !== undefined && isCurrencyCode(r.currency)) {
    const named = readAmount(text, side, r.currency);
    return "minor" in named ? { ...named, currency: r.currency } : named;
  }
  const used = separator ?? decimalMarkRead(amount, r.minor, decimals);
  if (used !== undefined && digitsAfter(amount, used) > decimals) {
    const than =
      currency === "" ? `more than ${decimals} decimals` : `more decimals than ${currency} has (${decimals})`;
    const hint = ambiguous
      ? `; if the "${used}" separates thousands, type ${figures(amount).replace(/[.,]/, "")}`
      : "";
    return { reason: `${describeCell(text)} has ${than}${hint}` };
  }
  const other = otherCurrency(text, r.currency, currency);
  if (other !== null) return { reason: other };
  if (mark === null) return { minor: r.minor };
  // A debit balance counts as the side's debit rows do: money in where debit is, turned by the sign switch.
  const debitIn = side.reading.debitCredit !== "credit-positive";
  const flip = side.reading.sign === "flip" ? -1 : 1;
  return { minor: ((mark === "debit") === debitIn ? 1 : -1) * flip * r.minor + 0 };
}

/**
 * One typed balance: blank is "not given"; otherwise an exact amount in the run's currency, or why not.
 * A plain signed amount counts as typed. A debit/credit mark (DR/CR, Dr./Cr., S/H, Soll/Haben, debit/
 * credit: the words an indicator column takes) reads in the side's convention: a debit balance is money
 * in where debit is money in (a ledger's cash account) and money out where credit is (a bank's overdraft),
 * turned when the side's sign is flipped. Refused: more decimals than the currency has, trailing zeros
 * included ("18.420" in dollars: the dot may group thousands); another currency than the run's; a
 * second sign beside the mark. A single separator before three digits reads as the side's amounts are
 * written (a side with decimal commas reads "18.420" as 18,420.00), else as a decimal point; a comma
 * that cannot separate thousands ("18,42") is a decimal comma. On a run in several currencies (no
 * currency of its own), a currency the text names is kept: the statement in it takes the balance.
 */
export function readTypedBalance(
  text: string,
  key: BalanceKey,
  side: TypedBalanceSide,
  currency: string,
): TypedBalance {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, minor: undefined };
  const r = readAmount(trimmed, side, currency);
  if ("minor" in r)
    return { ok: true, minor: r.minor, ...(r.currency === undefined ? {} : { currency: r.currency }) };
  return { ok: false, reason: r.reason, error: `The ${key} balance of ${side.name}: ${r.reason}.` };
}
