/**
 * A cash account's columns named for money out and money in — "Withdrawal" and "Deposit", "Paid out" and
 * "Paid in", "Money out" and "Money in", QuickBooks' "Payment" and "Deposit", Xero's "Spent" and
 * "Received", Sage's "Payments" and "Receipts" — say which way each amount goes on whichever side they are
 * kept: what comes in is money in. A bank statement reads its credits as money in already; a register kept
 * in the books does too, where the ledger's own debit is money in. Read as debit and credit under the
 * ledger's convention, every deposit would count as money out and the whole side would stand reversed
 * against the bank.
 *
 * Only where both sides are the cash account (the bank-ledger preset, and the worksheet functions, which
 * read two tables as it does): on a receivables ledger a "Payment" is the customer's, which lowers what is
 * owed.
 */
import { normalizeHeader } from "../columnMap";
import type { TableData } from "../table";
import { mapReconcileColumns } from "./mapColumns";
import type { SideReading } from "./sideRecords";

/** Headers of money going out and coming in, normalised (normalizeHeader). */
const OUT: ReadonlySet<string> = new Set(
  ["paid out", "money out", "withdrawal", "withdrawals", "outflow", "payment", "payments", "spent"].map(
    normalizeHeader,
  ),
);
const IN: ReadonlySet<string> = new Set(
  ["paid in", "money in", "deposit", "deposits", "inflow", "receipt", "receipts", "received"].map(
    normalizeHeader,
  ),
);

/** The one column of the table, other than those in `used`, whose header is among `words`; else undefined. */
function onlyColumn(
  table: TableData,
  words: ReadonlySet<string>,
  used: ReadonlySet<number>,
): number | undefined {
  const found = table.headers.flatMap((h, c) => (!used.has(c) && words.has(normalizeHeader(h)) ? [c] : []));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The reading of a cash account's side whose amounts stand in columns named for money out and money in:
 * the money-in column is the positive one (credit-positive, as the credit field reads money in), and a
 * "Payment" or "Spent" column no field reads by its name is read as the money going out (a "Payments"
 * column beside "Receipts"). The reading as it was where the side has a signed amount column, where a
 * column of the pair is named otherwise ("Debit" beside "Deposit"), or where no column names money out
 * or in. The caller keeps a convention the user chose: this one overrides the preset's.
 */
export function moneyWordsReading(table: TableData, reading: SideReading): SideReading {
  const { map, ambiguous } = mapReconcileColumns(table, reading.columns, table.columns);
  if (map.amount !== undefined || map.indicator !== undefined) return reading;
  // Columns the mapping could not choose between stay the user's to choose.
  if (ambiguous.includes("debit") || ambiguous.includes("credit")) return reading;
  const used = new Set(Object.values(map));
  const chosen = reading.columns ?? {};
  const named = (c: number | undefined, words: ReadonlySet<string>): boolean =>
    c !== undefined && words.has(normalizeHeader(table.headers[c] ?? ""));
  // A column of the pair the mapping found must be named for its way; one it did not find may be.
  const debit = map.debit ?? ("debit" in chosen ? undefined : onlyColumn(table, OUT, used));
  const credit = map.credit ?? ("credit" in chosen ? undefined : onlyColumn(table, IN, used));
  if (debit === undefined && credit === undefined) return reading;
  if ((debit !== undefined && !named(debit, OUT)) || (credit !== undefined && !named(credit, IN)))
    return reading;
  const added: Record<string, string> = {};
  if (debit !== undefined && map.debit === undefined) added.debit = table.headers[debit] as string;
  if (credit !== undefined && map.credit === undefined) added.credit = table.headers[credit] as string;
  return {
    ...reading,
    debitCredit: "credit-positive",
    ...(Object.keys(added).length > 0 ? { columns: { ...chosen, ...added } } : {}),
  };
}
