/**
 * The two everyday reconciliations as presets: which table plays which side, how each side's amounts
 * are signed, which rows of the book take part, and the rule cascade. Everything a preset proposes can
 * be changed before the run.
 */
import { DEFAULT_RULES, defineRule, type Rule } from "../../core/reconcile";
import type { HeaderWords, ReconcileField, SideReading } from "../../core/reconcileInput";

export type PresetId = "bank-ledger" | "customer-receivables";

export interface ReconcilePreset {
  readonly id: PresetId;
  readonly label: string;
  /** One sentence for the pane. */
  readonly description: string;
  /** What each side is called in the pane, e.g. "Ledger (book)". */
  readonly leftRole: string;
  readonly rightRole: string;
  readonly leftReading: SideReading;
  readonly rightReading: SideReading;
  /** The field whose value picks the book's rows (the cash account, the customer), if any. */
  readonly selectBy: ReconcileField | null;
  /**
   * Whether to propose a value of `selectBy` (see proposeSelection in propose.ts): "always" the one most of
   * whose lines the statement shows, else the most frequent (a ledger's cash account); "when-clear" only
   * where one value's lines are on the statement far more than any other's (the customer whose statement
   * it is), else none; "never".
   */
  readonly proposeBookRows: "always" | "when-clear" | "never";
  /**
   * The words a side's amount columns are read by where the user chose no convention (headerWords.ts):
   * "money" where both sides are the cash account ("Withdrawal", "Deposit": what comes in is money in),
   * "documents" where both are a customer's account ("Invoice", "Payment": an invoice raises what is owed).
   */
  readonly headerWords: HeaderWords;
  readonly rules: readonly Rule[];
}

/**
 * A customer's statement quotes our invoice numbers, and both sides date an invoice alike; payments
 * may arrive days later, and each side numbers its own receipts. A receipt allocated to several
 * invoices is several rows on one side and one on the other. An invoice settled by several payments
 * needs no rule of its own: the invoice and each payment stand on both sides (their signs differ, so
 * they never sum to one another).
 */
const CUSTOMER_RULES: readonly Rule[] = Object.freeze([
  defineRule({
    id: "invoice",
    label: "Invoice number and amount equal",
    amount: "exact",
    date: { before: 45, after: 45 },
    reference: "required",
    tieMargin: 0.3,
  }),
  // Before the payment rule, which would pair one row of such a group with another payment of its amount.
  defineRule({
    id: "split-book",
    label: "Several book rows settled by one statement row",
    cardinality: "many:1",
    amount: "exact",
    date: { before: 7, after: 14 },
    reference: "required",
    text: 0.5,
    evidence: "any",
    maxGroupSize: 6,
    tieMargin: 0.3,
  }),
  defineRule({
    id: "split-statement",
    label: "One book row booked as several statement rows",
    cardinality: "1:many",
    amount: "exact",
    date: { before: 7, after: 14 },
    reference: "required",
    text: 0.5,
    evidence: "any",
    maxGroupSize: 6,
    tieMargin: 0.3,
  }),
  // Our receipt number and the customer's payment reference are each side's own: no contradiction.
  // Two payments of one amount on near dates still tie (tieMargin) and are only suggested.
  defineRule({
    id: "payment",
    label: "Amount equal, date close, the only candidate",
    amount: "exact",
    date: { before: 5, after: 10 },
    reference: "ignore",
    tieMargin: 0.3,
  }),
  // Groups by amount and date alone (references may be each side's own, or the invoices a receipt
  // settles), suggested; before the rules that would take a group's row alone.
  defineRule({
    id: "split-book-amount",
    label: "Several book rows sum to one statement row, date close: suggested",
    cardinality: "many:1",
    amount: "exact",
    date: { before: 5, after: 10 },
    reference: "ignore",
    autoConfirm: false,
  }),
  defineRule({
    id: "split-statement-amount",
    label: "One book row sums several statement rows, date close: suggested",
    cardinality: "1:many",
    amount: "exact",
    date: { before: 5, after: 10 },
    reference: "ignore",
    autoConfirm: false,
  }),
  defineRule({
    id: "invoice-amount-differs",
    label: "Invoice number equal, amount differs: suggested",
    amount: "any",
    date: { before: 60, after: 60 },
    reference: "required",
    autoConfirm: false,
  }),
  defineRule({
    id: "tolerance",
    label: "Amount within 1% or 5.00, date close: suggested",
    amount: { below: { abs: 5, pct: 1 }, above: { abs: 5, pct: 1 } },
    date: { before: 5, after: 15 },
    autoConfirm: false,
  }),
]);

export const PRESETS: readonly ReconcilePreset[] = [
  {
    id: "bank-ledger",
    label: "Bank statement vs ledger",
    description:
      "The cash account's lines of the ledger against the bank statement: debits are money in on the ledger, Paid In is money in on the bank.",
    leftRole: "Ledger (book)",
    rightRole: "Bank statement",
    leftReading: { debitCredit: "debit-positive" },
    rightReading: { debitCredit: "credit-positive" },
    selectBy: "account",
    proposeBookRows: "always",
    headerWords: "money",
    rules: DEFAULT_RULES,
  },
  {
    id: "customer-receivables",
    label: "Customer statement vs receivables",
    description:
      "Our receivables for one customer against the statement the customer sent: invoices by number, payments by amount and date.",
    leftRole: "Receivables (book)",
    rightRole: "Customer statement",
    // The customer's books mirror ours: their credit (what they owe) is our debit.
    leftReading: { debitCredit: "debit-positive" },
    rightReading: { debitCredit: "credit-positive" },
    selectBy: "party",
    proposeBookRows: "when-clear",
    headerWords: "documents",
    rules: CUSTOMER_RULES,
  },
];

export function presetById(id: string): ReconcilePreset {
  const p = PRESETS.find((x) => x.id === id);
  if (!p)
    throw new RangeError(
      `unknown reconciliation preset "${id}" (presets: ${PRESETS.map((x) => x.id).join(", ")})`,
    );
  return p;
}
