/**
 * The opening and closing balances a side's source file states in lines of its own, outside the table
 * (TableNotes.fileBalances: comdirect's "Neuer Kontostand";"20.792,57 EUR"), read as the side reads its
 * amounts, and what to say where the balance a run takes differs from one, or where a line's figure is not
 * taken (too many decimals, another currency than the side's rows): never silently.
 */
import { makeIssue, type Issue } from "../issues";
import { currencyDecimals, decimalMarkRead, digitsAfter, formatMoney, parseAmountMinor } from "../money";
import { currencyOfSymbol } from "../money/currency";
import { columnLetter, type FileBalanceLine } from "../table";
import { signMayBe } from "./headerCurrency";
import type { SideRecords } from "./readSide";
import type { StatedBalance, StatedBalances } from "./statedBalances";

const CODE = /^[A-Z]{3}$/;
/** A currency written as a code or a sign ("€", "$"), as a code. */
function codeOf(written: string): string {
  return written.length === 1 ? (currencyOfSymbol(written.charCodeAt(0)) ?? written) : written;
}

/**
 * A line's figure as read: minor units, or null where it has more decimals than the scale read at (never
 * rounded); its currency ("" when it names none) and, where the line wrote a sign for it ("$", "€"), that
 * sign, so a "$" can be a Canadian account's dollar.
 */
interface Figure {
  readonly minor: number | null;
  readonly currency: string;
  readonly sign?: string;
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
  const figure = readFigure(line, decimals, separator);
  return figure === null || figure.minor === null ? null : { minor: figure.minor, currency: figure.currency };
}

/** A currency written as a code or a sign, with the sign where it was one. */
function writtenAs(written: string): { readonly currency: string; readonly sign?: string } {
  const currency = codeOf(written);
  return currency === written ? { currency } : { currency, sign: written };
}

/** readBalanceText's reading, telling a figure too fine for the scale (minor null) from no figure (null). */
function readFigure(
  line: Pick<FileBalanceLine, "text" | "mark" | "currency" | "value">,
  decimals: number,
  separator: "." | "," | undefined,
): Figure | null {
  if (line.value !== undefined) return readBalanceValue(line.value, line, decimals);
  let text = line.text.trim();
  let named = line.currency === undefined ? { currency: "" } : writtenAs(line.currency);
  let negative = false;
  // A Soll or debit mark says the account is overdrawn, as a minus sign does; Haben or credit is in funds.
  const mark = /\s*(S|H|Soll|Haben|DR|CR|Dr|Cr)$/.exec(text);
  const marked = line.mark ?? mark?.[1];
  if (mark) text = text.slice(0, mark.index);
  if (marked !== undefined && /^(S|Soll|DR|Dr)$/.test(marked)) negative = true;
  for (;;) {
    const code = /^([A-Z]{3}|[€$£¥])\s*|\s*([A-Z]{3}|[€$£¥])$/.exec(text);
    if (!code) break;
    named = writtenAs((code[1] ?? code[2]) as string);
    text = text.slice(0, code.index) + text.slice(code.index + code[0].length);
  }
  text = text.trim();
  if (/^\(.*\)$/.test(text)) [text, negative] = [text.slice(1, -1).trim(), !negative];
  if (/-$/.test(text)) [text, negative] = [text.slice(0, -1).trim(), !negative];
  if (/^[-−]/.test(text)) [text, negative] = [text.slice(1).trim(), !negative];
  else if (text.startsWith("+")) text = text.slice(1).trim();
  if (!/^\d/.test(text) || (named.currency !== "" && !CODE.test(named.currency))) return null;
  const minor = exactMinor(text, decimals, separator);
  if (minor === undefined) return null;
  return { ...named, minor: minor === null || !negative ? minor : -minor + 0 };
}

/** An unsigned figure's minor units as readBalanceText reads them; null when too fine, undefined unread. */
function exactMinor(
  text: string,
  decimals: number,
  separator: "." | "," | undefined,
): number | null | undefined {
  let used = separator;
  let minor = parseAmountMinor(text, decimals, separator);
  if (minor !== minor && separator === undefined && text.includes(",") && !text.includes(".")) {
    minor = parseAmountMinor(text, decimals, ",");
    used = ",";
  }
  if (minor !== minor) return undefined;
  used ??= decimalMarkRead(text, minor, decimals);
  return used !== undefined && digitsAfter(text, used) > decimals ? null : minor;
}

/** A figure a sheet's cell holds as a number: its own sign, a Soll or debit mark beside it turning it. */
function readBalanceValue(
  value: number,
  line: Pick<FileBalanceLine, "mark" | "currency">,
  decimals: number,
): Figure | null {
  const named = line.currency === undefined ? { currency: "" } : writtenAs(line.currency);
  if (named.currency !== "" && !CODE.test(named.currency)) return null;
  const scaled = value * 10 ** decimals;
  const minor = Math.round(scaled);
  if (!Number.isFinite(scaled)) return null;
  // A figure finer than the currency's smallest unit is not a balance of it.
  if (Math.abs(scaled - minor) > 1e-6) return { ...named, minor: null };
  const debit = line.mark !== undefined && /^(S|Soll|DR|Dr)$/.test(line.mark);
  return { ...named, minor: (debit ? -minor : minor) + 0 };
}

/** Where a line's figure stands: the side's sheet and table, the line's row and the figure's cell. */
function lineAt(side: SideRecords, line: FileBalanceLine): StatedBalance["at"] {
  const { sheet, name } = side.table;
  return { sheet, table: name, row: line.row, address: `${columnLetter(line.column)}${line.row}` };
}

function stated(side: SideRecords, line: FileBalanceLine, minor: number): StatedBalance {
  return {
    minor,
    row: line.row,
    label: line.label,
    at: lineAt(side, line),
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
  return readFileBalances(side, currency, turned).balances;
}

/**
 * fileBalances' balances with a warning at each line that states one the run does not take: a figure with
 * more decimals than its currency has (recon_file_balance_decimals), one in another currency than the side's
 * rows are read in, or any of a side in several (recon_file_balance_currency). Where neither the rows nor the
 * run name a currency, a line that names one is taken: nothing says the account is in another, and the
 * bank's own line is the one place its file names its currency. A "$" or "¥" is the side's own dollar or
 * yen ("$" on a Canadian account is CAD).
 */
export function readFileBalances(
  side: SideRecords,
  currency: string,
  turned = false,
): { readonly balances: StatedBalances; readonly issues: readonly Issue[] } {
  const lines = side.table.notes?.fileBalances;
  if (lines === undefined) return { balances: {}, issues: [] };
  const several = side.currencies.length > 1;
  const own = side.currencies[0] ?? "";
  const runCurrency = several ? "" : own !== "" ? own : currency;
  const decimals = currencyDecimals(runCurrency !== "" ? runCurrency : "EUR");
  const issues: Issue[] = [];
  const read = (kind: "opening" | "closing"): StatedBalance | undefined => {
    const line = lines[kind];
    if (line === undefined) return undefined;
    const figure = readFigure(line, decimals, side.decimalSeparator);
    if (figure === null) return undefined;
    const named =
      figure.sign !== undefined && runCurrency !== "" && signMayBe(figure.sign, runCurrency)
        ? runCurrency
        : figure.currency;
    const at = lineAt(side, line);
    const p = {
      kind,
      place: line.onSheet ? "sheet" : "file",
      label: line.label,
      text: writtenText(line, named),
    };
    if (several || (named !== "" && runCurrency !== "" && named !== runCurrency)) {
      const rows = several ? side.currencies.join(", ") : runCurrency;
      issues.push(makeIssue("recon_file_balance_currency", at, { ...p, named, rows, several }));
      return undefined;
    }
    if (figure.minor === null) {
      // Read at the run's scale; where the run names no currency, the line's own is named if it has that scale.
      const of = runCurrency !== "" || currencyDecimals(named) !== decimals ? runCurrency : named;
      issues.push(makeIssue("recon_file_balance_decimals", at, { ...p, currency: of, decimals }));
      return undefined;
    }
    return stated(side, line, figure.minor * side.flip * (turned ? -1 : 1) + 0);
  };
  const opening = read("opening");
  const closing = read("closing");
  return { balances: { ...(opening ? { opening } : {}), ...(closing ? { closing } : {}) }, issues };
}

/**
 * A line's figure as the bank wrote it, for a message: its text with the currency and Soll/Haben mark of
 * the cells beside it, and the currency a sign was read as ("$1,234.56 (USD)").
 */
function writtenText(line: FileBalanceLine, named: string): string {
  const text = line.value !== undefined ? String(line.value) : line.text.trim();
  const parts = [text];
  if (line.currency !== undefined && !text.includes(line.currency)) parts.push(line.currency);
  if (line.mark !== undefined) parts.push(line.mark);
  const shown = parts.join(" ");
  return named === "" || shown.includes(named) ? `"${shown}"` : `"${shown}" (${named})`;
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
