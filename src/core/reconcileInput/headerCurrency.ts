/**
 * The currency a side's amount header names, where the export gives it only there: "Amount (GBP)",
 * "Betrag in EUR", "Montant (€)", "Paid out (£)" with "Paid in (£)". The side's rows take it as they would
 * a Currency column's: a row's own currency cell, where there is one and it is filled, wins.
 */
import type { ColumnMap } from "../columnMap";
import { isCurrencyCode } from "../money";
import { currencyOfSymbol } from "../money/currency";
import type { TableData } from "../table";

/**
 * Codes that are also words a header may hold ("ALL DEBITS", "TOP UP AMOUNT", "Amount (all)"): taken only
 * in upper case in brackets, "Amount (TRY)".
 */
const WORD_CODES: ReadonlySet<string> = new Set([
  ...["ALL", "BAM", "BOB", "CUP", "GEL", "MAD", "MOP", "PEN", "SOS", "TOP", "TRY"],
]);

/**
 * Dollars a header names with letters before the sign. "$" alone is USD, as in an amount cell
 * (currencyOfSymbol); a prefix not listed here leaves the dollar unknown.
 */
const DOLLARS: Readonly<Record<string, string>> = {
  US: "USD",
  C: "CAD",
  CA: "CAD",
  CAN: "CAD",
  A: "AUD",
  AU: "AUD",
  NZ: "NZD",
  HK: "HKD",
  S: "SGD",
  SG: "SGD",
  R: "BRL",
  MX: "MXN",
};

/** A word, a currency sign with the letters written before it, or a bracketed word. */
const TOKEN = /(\p{L}*)([$€£¥])|\(\s*(\p{L}+)\s*\)|\p{L}+/gu;

/**
 * The one currency a header names by its ISO code (upper case, or any case in brackets but for a code
 * that is also a word, which counts in upper case only) or by a sign
 * (€ EUR, £ GBP, ¥ JPY, $ USD as in amount cells; US$, C$, A$ and the like by their letters); "" where it
 * names none, several, or a dollar of letters not known.
 */
export function currencyOfHeader(header: string): string {
  const named = new Set<string>();
  for (const m of header.matchAll(TOKEN)) {
    const [word, before, sign, bracketed] = m;
    if (sign !== undefined) {
      const prefix = (before ?? "").toUpperCase();
      if (sign === "$" && prefix !== "") {
        const dollar = DOLLARS[prefix];
        if (dollar === undefined) return "";
        named.add(dollar);
      } else {
        const code = currencyOfSymbol(sign.charCodeAt(0));
        if (code !== undefined) named.add(code);
      }
    } else if (bracketed !== undefined) {
      const code = bracketed.toUpperCase();
      if (isCurrencyCode(code) && (code === bracketed || !WORD_CODES.has(code))) named.add(code);
    } else if (word.length === 3 && isCurrencyCode(word) && !WORD_CODES.has(word)) {
      named.add(word);
    }
  }
  return named.size === 1 ? ([...named][0] as string) : "";
}

/**
 * The currency the side's headers name for its amounts: the amount column's; else the debit and credit
 * columns', which must both name the same one where the side has both; else, where those name none, the
 * running balance's (an account kept in one currency books in it). "" when none is named, or the debit
 * and credit headers disagree.
 */
export function sideHeaderCurrency(table: Pick<TableData, "headers">, map: ColumnMap): string {
  const of = (c: number | undefined): string =>
    c === undefined ? "" : currencyOfHeader(table.headers[c] ?? "");
  const amounts =
    map.amount !== undefined ? [map.amount] : [map.debit, map.credit].filter((c) => c !== undefined);
  const named = amounts.map(of);
  if (named.every((c) => c === "")) return of(map.balance);
  const first = named[0] as string;
  return named.every((c) => c === first) ? first : "";
}
