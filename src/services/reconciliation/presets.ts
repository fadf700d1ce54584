/**
 * The two everyday reconciliations as presets: which table plays which side, how each side's amounts
 * are signed, which rows of the book take part, and the rule cascade. Everything a preset proposes can
 * be changed before the run.
 */
import { DEFAULT_RULES, defineRule, type Rule } from "../../core/reconcile";
import type { ReconcileField, SideReading } from "../../core/reconcileInput";

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
   * Whether both sides are the cash account, so columns named for money out and money in ("Withdrawal",
   * "Deposit") read what comes in as money in on either side (moneyWords.ts), unless the user chose the
   * side's convention.
   */
  readonly moneyWords: boolean;
  /**
   * Whether both sides are a customer's account, so a column of invoices and one of payments ("Invoice",
   * "Payment"; Xero's "Invoice Amount", "Payments") read invoices as raising what is owed on either side
   * (documentWords.ts), unless the user chose the side's convention or its amount columns.
   */
  readonly documentWords: boolean;
  readonly rules: readonly Rule[];
}

/**
 * A customer's statement quotes our invoice numbers, and both sides date an invoice alike; payments
 * may arrive days later and without a reference.
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
  defineRule({
    id: "payment",
    label: "Amount equal, date close, the only candidate",
    amount: "exact",
    date: { before: 5, after: 10 },
    tieMargin: 0.3,
  }),
  defineRule({
    id: "part-payments",
    label: "One invoice settled by several payments",
    cardinality: "1:many",
    amount: "exact",
    date: { before: 5, after: 45 },
    reference: "required",
    party: "required",
    evidence: "any",
    tieMargin: 0.3,
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
    moneyWords: true,
    documentWords: false,
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
    moneyWords: false,
    documentWords: true,
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
