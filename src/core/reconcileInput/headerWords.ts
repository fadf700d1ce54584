/**
 * Columns named for which way their amounts go, read so whatever the side's own debit and credit
 * convention says (readingByHeaders), where the preset knows what both sides are.
 *
 * Money words (the cash account, the bank-ledger preset, and the worksheet functions, which read two tables
 * as it does): a cash account's columns named for money out and money in — "Withdrawal" and "Deposit",
 * "Paid out" and "Paid in", "Money out" and "Money in", QuickBooks' "Payment" and "Deposit", Xero's "Spent"
 * and "Received", Sage's "Payments" and "Receipts" — say which way each amount goes on whichever side they
 * are kept: what comes in is money in. A bank statement reads its credits as money in already; a register
 * kept in the books does too, where the ledger's own debit is money in. Read as debit and credit under the
 * ledger's convention, every deposit would count as money out and the whole side would stand reversed
 * against the bank. On a receivables ledger a "Payment" is the customer's, which lowers what is owed.
 *
 * Document words (a customer's account, the customer-receivables preset): columns named for the documents
 * on it — a statement we issue with "Invoice" and "Payment", Xero's "Invoice Amount" and "Payments",
 * "Charges" and "Credits" — say which way each amount goes: an invoice raises what the customer owes and a
 * payment lowers it, on our receivables and on the customer's statement alike. Read as a signed amount
 * ("Invoice Amount") beside a column left unread, or under the statement side's convention (the
 * customer's credit is what they owe), the payments would be missing or every row would stand reversed.
 * In a cash book a "Payment" is money out.
 */
import { normalizeHeader } from "../columnMap";
import type { TableData } from "../table";
import { mapReconcileColumns } from "./mapColumns";
import type { SideReading } from "./sideRecords";

/** Which words a preset reads a side's amount columns by: a cash account's, or a customer account's. */
export type HeaderWords = "money" | "documents";

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

/** Headers of what raises and of what lowers what the customer owes, normalised (normalizeHeader). */
const RAISES: ReadonlySet<string> = new Set(
  ["invoice", "invoices", "invoice amount", "invoiced", "charge", "charges", "invoice total"].map(
    normalizeHeader,
  ),
);
const LOWERS: ReadonlySet<string> = new Set(
  [
    "payment",
    "payments",
    "payment amount",
    "payments received",
    "paid",
    "receipt",
    "receipts",
    "received",
  ].map(normalizeHeader),
);

const NONE: ReadonlySet<number> = new Set();

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
 * A side's reading: `base` (the preset's convention), what the user chose over it, and where the user
 * chose no sign convention, the one its columns' names give by `words` (none: the reading as it is).
 */
export function readingByHeaders(
  words: HeaderWords | null,
  table: TableData,
  base: SideReading,
  chosen: SideReading | undefined,
): SideReading {
  const reading: SideReading = { ...base, ...chosen };
  if (words === null || chosen?.debitCredit !== undefined) return reading;
  return words === "money" ? moneyWordsReading(table, reading) : documentWordsReading(table, reading);
}

/**
 * The reading of a cash account's side whose amounts stand in columns named for money out and money in:
 * the money-in column is the positive one (credit-positive, as the credit field reads money in), and a
 * "Payment" or "Spent" column no field reads by its name is read as the money going out (a "Payments"
 * column beside "Receipts"). The reading as it was where the side has a signed amount column, where a
 * column of the pair is named otherwise ("Debit" beside "Deposit"), or where no column names money out
 * or in.
 */
function moneyWordsReading(table: TableData, reading: SideReading): SideReading {
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

/**
 * The reading of a customer's account whose amounts stand in a column of invoices and one of payments:
 * the invoices read as its debits and the payments as its credits, an invoice positive (debit-positive),
 * a credit note written below zero among the invoices lowering the balance as it says. The reading as it
 * was where the side has no such pair, or where the user named its amount columns (its `columns` name an
 * amount, a debit or a credit).
 */
function documentWordsReading(table: TableData, reading: SideReading): SideReading {
  const chosen = reading.columns ?? {};
  if (["amount", "debit", "credit", "indicator"].some((f) => f in chosen)) return reading;
  const raises = onlyColumn(table, RAISES, NONE);
  const lowers = onlyColumn(table, LOWERS, NONE);
  if (raises === undefined || lowers === undefined) return reading;
  // A pair of the usual kind found by the headers (Debit and Credit beside them) is the side's own.
  const { map } = mapReconcileColumns(table, chosen, table.columns);
  const pair = [map.debit, map.credit].filter((c) => c !== undefined && c !== raises && c !== lowers);
  if (pair.length > 0) return reading;
  return {
    ...reading,
    debitCredit: "debit-positive",
    columns: {
      ...chosen,
      amount: null,
      debit: table.headers[raises] as string,
      credit: table.headers[lowers] as string,
    },
  };
}
