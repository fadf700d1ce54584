/**
 * The opening and closing balances a side's source file states in lines of its own, outside the table
 * (TableNotes.fileBalances: comdirect's "Neuer Kontostand";"20.792,57 EUR"), read as the side reads its
 * amounts, and what to say where the balance a run takes differs from one: never silently.
 */
import { makeIssue, type Issue } from "../issues";
import { currencyDecimals, decimalMarkRead, digitsAfter, formatMoney, parseAmountMinor } from "../money";
import { currencyOfSymbol } from "../money/currency";
import { columnLetter, type FileBalanceLine } from "../table";
import type { SideRecords } from "./readSide";
import type { StatedBalance, StatedBalances } from "./statedBalances";

const CODE = /^[A-Z]{3}$/;
/** A currency written as a code or a sign ("€", "$"), as a code. */
function codeOf(written: string): string {
  return written.length === 1 ? (currencyOfSymbol(written.charCodeAt(0)) ?? written) : written;
}

/**
 * A line's figure as written, in minor units and its currency ("" when it names none); null when unread.
 * Never rounded: a figure with more decimals than the currency has is not taken, trailing zeros included
 * ("1.230" in dollars), as a typed balance is not (typedBalance.ts). With the side's decimal separator
 * known, the other mark separates thousands (a side with decimal commas reads "1.234" as 1,234.00); with
 * it unknown, a lone comma that cannot separate thousands ("19842,57", "0,5") is a decimal comma.
 */
export function readBalanceText(
  line: Pick<FileBalanceLine, "text" | "mark" | "currency" | "value">,
  decimals: number,
  separator: "." | "," | undefined,
): { readonly minor: number; readonly currency: string } | null {
  if (line.value !== undefined) return readBalanceValue(line.value, line, decimals);
  let text = line.text.trim();
  let currency = line.currency === undefined ? "" : codeOf(line.currency);
  let negative = false;
  // A Soll or debit mark says the account is overdrawn, as a minus sign does; Haben or credit is in funds.
  const mark = /\s*(S|H|Soll|Haben|DR|CR|Dr|Cr)$/.exec(text);
  const marked = line.mark ?? mark?.[1];
  if (mark) text = text.slice(0, mark.index);
  if (marked !== undefined && /^(S|Soll|DR|Dr)$/.test(marked)) negative = true;
  for (;;) {
    const code = /^([A-Z]{3}|[€$£¥])\s*|\s*([A-Z]{3}|[€$£¥])$/.exec(text);
    if (!code) break;
    const c = (code[1] ?? code[2]) as string;
    currency = codeOf(c);
    text = text.slice(0, code.index) + text.slice(code.index + code[0].length);
  }
  text = text.trim();
  if (/^\(.*\)$/.test(text)) [text, negative] = [text.slice(1, -1).trim(), !negative];
  if (/-$/.test(text)) [text, negative] = [text.slice(0, -1).trim(), !negative];
  if (/^[-−]/.test(text)) [text, negative] = [text.slice(1).trim(), !negative];
  else if (text.startsWith("+")) text = text.slice(1).trim();
  if (!/^\d/.test(text) || (currency !== "" && !CODE.test(currency))) return null;
  const minor = exactMinor(text, decimals, separator);
  if (minor === null) return null;
  return { minor: negative ? -minor + 0 : minor, currency };
}

/** An unsigned figure's minor units as readBalanceText reads them, or null. */
function exactMinor(text: string, decimals: number, separator: "." | "," | undefined): number | null {
  let used = separator;
  let minor = parseAmountMinor(text, decimals, separator);
  if (minor !== minor && separator === undefined && text.includes(",") && !text.includes(".")) {
    minor = parseAmountMinor(text, decimals, ",");
    used = ",";
  }
  if (minor !== minor) return null;
  used ??= decimalMarkRead(text, minor, decimals);
  return used !== undefined && digitsAfter(text, used) > decimals ? null : minor;
}

/** A figure a sheet's cell holds as a number: its own sign, a Soll or debit mark beside it turning it. */
function readBalanceValue(
  value: number,
  line: Pick<FileBalanceLine, "mark" | "currency">,
  decimals: number,
): { readonly minor: number; readonly currency: string } | null {
  const currency = line.currency === undefined ? "" : codeOf(line.currency);
  if (currency !== "" && !CODE.test(currency)) return null;
  const scaled = value * 10 ** decimals;
  const minor = Math.round(scaled);
  // A figure finer than the currency's smallest unit is not a balance of it.
  if (!Number.isFinite(scaled) || Math.abs(scaled - minor) > 1e-6) return null;
  const debit = line.mark !== undefined && /^(S|Soll|DR|Dr)$/.test(line.mark);
  return { minor: (debit ? -minor : minor) + 0, currency };
}

function stated(side: SideRecords, line: FileBalanceLine, minor: number): StatedBalance {
  const { sheet, name } = side.table;
  const address = `${columnLetter(line.column)}${line.row}`;
  return {
    minor,
    row: line.row,
    label: line.label,
    at: { sheet, table: name, row: line.row, address },
    ...(line.onSheet ? { onSheet: true } : {}),
  };
}

/**
 * The balances the side's file states in its own lines, in the side's sign and the run's currency: a
 * figure in another currency is none, and so is every one of a side in several currencies. `turned`: the
 * side's Balance column counts the other way from its amounts (ColumnBalances.turned), so the bank's
 * figures, written as its balances are, are turned as they are.
 */
export function fileBalances(side: SideRecords, currency: string, turned = false): StatedBalances {
  const lines = side.table.notes?.fileBalances;
  if (lines === undefined || side.currencies.length > 1) return {};
  const own = side.currencies[0] ?? "";
  const runCurrency = own !== "" ? own : currency;
  const decimals = currencyDecimals(runCurrency !== "" ? runCurrency : "EUR");
  const read = (line: FileBalanceLine | undefined): StatedBalance | undefined => {
    if (line === undefined) return undefined;
    const figure = readBalanceText(line, decimals, side.decimalSeparator);
    if (figure === null || (figure.currency !== "" && runCurrency !== "" && figure.currency !== runCurrency))
      return undefined;
    return stated(side, line, figure.minor * side.flip * (turned ? -1 : 1) + 0);
  };
  const opening = read(lines.opening);
  const closing = read(lines.closing);
  return { ...(opening ? { opening } : {}), ...(closing ? { closing } : {}) };
}

/** What a balance the run takes is, for recon_file_balance_differs: typed, a Balance column's, a row's. */
export type TakenFrom =
  | { readonly source: "typed" }
  | { readonly source: "column"; readonly column: string }
  | { readonly source: "row"; readonly label: string; readonly row: number };

/**
 * A warning at the file's line for the balance of `kind` it states when the one taken differs
 * (recon_file_balance_differs), in the run's currency; none where they agree or either is missing.
 */
export function fileDisagreement(
  kind: "opening" | "closing",
  line: StatedBalance | undefined,
  taken: number | undefined,
  from: TakenFrom,
  currency: string,
): Issue | null {
  if (line === undefined || taken === undefined || line.minor === taken) return null;
  const money = (minor: number) => formatMoney(minor, currency).trim();
  const p = {
    kind,
    place: line.onSheet ? "sheet" : "file",
    label: line.label,
    stated: money(line.minor),
    given: money(taken),
    source: from.source,
    what:
      from.source === "column"
        ? `the running balances in ${from.column}`
        : from.source === "row"
          ? `the "${from.label}" row (row ${from.row})`
          : "",
  };
  return makeIssue("recon_file_balance_differs", line.at, p);
}
