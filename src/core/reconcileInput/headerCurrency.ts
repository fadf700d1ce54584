/**
 * The currency a side's amount header names, where the export gives it only there: "Amount (GBP)",
 * "Betrag in EUR", "Montant (€)", "Paid out (£)" with "Paid in (£)". The side's rows take it as they would
 * a Currency column's: a row's own currency cell, where there is one and it is filled, wins, and so does a
 * currency its own amount cell names ("$12.00"), with a warning (HeaderSigns).
 */
import { describeCell } from "../cell";
import type { ColumnMap } from "../columnMap";
import { makeIssue, type Issue, type IssueLocation } from "../issues";
import { currencyDecimals, isCurrencyCode, parseAmount } from "../money";
import { currencyOfSymbol } from "../money/currency";
import type { TableData } from "../table";
import { readAmount, type At, type RoundedAmounts } from "./cells";

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

/**
 * Currencies written with the sign another is read as: "$" reads as USD and "¥" as JPY (currencyOfSymbol),
 * but a Canadian account writes its dollars "$" and a Chinese one its yuan "¥". Where the side's currency is
 * one of these, such a sign is taken as its own.
 */
const SIGNED: Readonly<Record<string, ReadonlySet<string>>> = {
  $: new Set([...Object.values(DOLLARS), ...["ARS", "BSD", "BBD", "CLP", "COP", "FJD", "JMD", "TTD", "TWD"]]),
  "¥": new Set(["JPY", "CNY"]),
};

/** Whether a currency sign ("$", "€") may stand for `code`: "$" for USD or CAD, "€" for EUR only. */
export function signMayBe(sign: string, code: string): boolean {
  return SIGNED[sign]?.has(code) ?? currencyOfSymbol(sign.charCodeAt(0)) === code;
}

/** How many rows after the first a warning of HeaderSigns names; the rest are counted. */
const SHOWN = 5;

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

/**
 * Amount cells of rows whose currency only the header names that name another of their own ("$12.00" or
 * "12.00 USD" under "Amount (EUR)"). Such a row is read in its own currency, as a row's Currency cell wins
 * over the header, at that currency's scale; never silently: one warning per currency named so, at its
 * first row, listing the rows after it. A "$" under a header naming another dollar is that dollar.
 */
export class HeaderSigns {
  /** Per currency named: its first cell, the rows after it shown in the warning, and how many follow. */
  private readonly named = new Map<
    string,
    { at: IssueLocation; value: string; rows: number[]; more: number }
  >();

  /** `header`: the currency the amount's header names; `column`: the amount's header as written. */
  constructor(
    private readonly header: string,
    private readonly column: string,
  ) {}

  /**
   * One text amount cell read at the header currency's `decimals` (as readAmount reads it, rounding said
   * to `rounded`), with `currency` only where the cell names another currency than the header, which the
   * row then takes.
   */
  read(
    cell: string,
    decimals: number,
    separator: "." | "," | undefined,
    at: At,
    out: Issue[],
    rounded: RoundedAmounts,
  ): { readonly minor: number; readonly currency?: string } | null {
    const r = parseAmount(cell, { decimals, ...(separator ? { decimalSeparator: separator } : {}) });
    // What does not read is said by readAmount, as for any other cell.
    if (!r.ok) return readAmount(cell, decimals, separator, this.column, at, out, rounded);
    const own = r.currency;
    if (own === undefined || own === this.header || this.fits(cell, own)) {
      if (r.rounded === true) rounded.note(this.column, at, cell, r.minor);
      return { minor: r.minor };
    }
    this.note(own, cell, at);
    rounded.currency = own;
    const scale = currencyDecimals(own);
    if (scale === decimals) {
      if (r.rounded === true) rounded.note(this.column, at, cell, r.minor);
      return { minor: r.minor, currency: own };
    }
    rounded.decimals = scale;
    const a = readAmount(cell, scale, separator, this.column, at, out, rounded);
    return a === null ? null : { minor: a.minor, currency: own };
  }

  /** Whether the cell wrote a sign ("$") that may be the header's currency (a Canadian "$" under CAD). */
  private fits(cell: string, own: string): boolean {
    if (cell.toUpperCase().includes(own)) return false;
    for (const sign of ["$", "¥", "€", "£"]) if (cell.includes(sign)) return signMayBe(sign, this.header);
    return false;
  }

  private note(own: string, cell: string, at: At): void {
    const seen = this.named.get(own);
    if (seen === undefined) this.named.set(own, { at: at(), value: describeCell(cell), rows: [], more: 0 });
    else if (seen.rows.length < SHOWN) seen.rows.push(at().row ?? 0);
    else seen.more++;
  }

  /** One warning per currency the cells name instead of the header's, at its first row. */
  issues(): Issue[] {
    return [...this.named].map(([named, { at, value, rows, more }]) => {
      const shown = rows.join(", ");
      const others =
        rows.length === 0
          ? ""
          : `${rows.length === 1 ? "row" : "rows"} ${shown}${more > 0 ? ` and ${more} more` : ""}`;
      const p = { value, named, header: this.header, column: this.column, others };
      return makeIssue("recon_amount_currency_header", at, p, { value });
    });
  }
}
