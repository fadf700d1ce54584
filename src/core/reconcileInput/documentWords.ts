/**
 * A customer's account with its amounts in columns named for the documents on it — a statement we issue
 * with "Invoice" and "Payment", Xero's "Invoice Amount" and "Payments", "Charges" and "Credits" — says
 * which way each amount goes: an invoice raises what the customer owes and a payment lowers it, on our
 * receivables and on the customer's statement alike. Read as a signed amount ("Invoice Amount") beside a
 * column left unread, or under the statement side's convention (the customer's credit is what they owe),
 * the payments would be missing or every row would stand reversed.
 *
 * Only where both sides are a customer's account (the customer-receivables preset): in a cash book a
 * "Payment" is money out.
 */
import { normalizeHeader } from "../columnMap";
import type { TableData } from "../table";
import { mapReconcileColumns } from "./mapColumns";
import type { SideReading } from "./sideRecords";

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

/** The one column of the table whose header is among `words`; else undefined. */
function onlyColumn(table: TableData, words: ReadonlySet<string>): number | undefined {
  const found = table.headers.flatMap((h, c) => (words.has(normalizeHeader(h)) ? [c] : []));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The reading of a customer's account whose amounts stand in a column of invoices and one of payments:
 * the invoices read as its debits and the payments as its credits, an invoice positive (debit-positive),
 * a credit note written below zero among the invoices lowering the balance as it says. The reading as it
 * was where the side has no such pair, or where the user named its amount columns (its `columns` name an
 * amount, a debit or a credit). The caller keeps a sign convention the user chose.
 */
export function documentWordsReading(table: TableData, reading: SideReading): SideReading {
  const chosen = reading.columns ?? {};
  if (["amount", "debit", "credit", "indicator"].some((f) => f in chosen)) return reading;
  const raises = onlyColumn(table, RAISES);
  const lowers = onlyColumn(table, LOWERS);
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
