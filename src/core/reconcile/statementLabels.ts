/** What the lines of a reconciliation statement are called, in the words of the pair reconciled. */
import type { StatementLineKind } from "./types";

/**
 * The words of the statement's lines: a bank statement against a ledger (deposits in transit,
 * outstanding cheques), a customer's statement against receivables (invoices, payments), or plain
 * positive and negative amounts for any other pair.
 */
export type StatementWording = "bank" | "customer" | "neutral";

/** The lines each side has alone, by sign: what they are called for each kind of pair. */
function oneSided(l: string, r: string, wording: StatementWording) {
  switch (wording) {
    case "bank":
      return {
        left_only_receipts: `Receipts in ${l} not on ${r} (deposits in transit)`,
        left_only_payments: `Payments in ${l} not on ${r} (outstanding payments and cheques)`,
        right_only_credits: `Credits on ${r} not in ${l} (unrecorded receipts)`,
        right_only_debits: `Debits on ${r} not in ${l} (unrecorded payments)`,
      };
    // The customer's statement is read mirrored (presets.ts): an invoice is positive on both sides.
    case "customer":
      return {
        left_only_receipts: `Invoices and debits in ${l} not on ${r} (not yet on the customer's statement)`,
        left_only_payments: `Payments and credit notes in ${l} not on ${r} (not yet on the customer's statement)`,
        right_only_credits: `Invoices and debits on ${r} not in ${l} (not invoiced by us, or booked to another customer)`,
        right_only_debits: `Payments and credits on ${r} not in ${l} (payments in transit or not yet allocated)`,
      };
    case "neutral":
      return {
        left_only_receipts: `Positive amounts in ${l} not on ${r}`,
        left_only_payments: `Negative amounts in ${l} not on ${r}`,
        right_only_credits: `Positive amounts on ${r} not in ${l}`,
        right_only_debits: `Negative amounts on ${r} not in ${l}`,
      };
    default: {
      const never: never = wording;
      return never;
    }
  }
}

export function labels(
  l: string,
  r: string,
  last: string,
  wording: StatementWording,
): Record<StatementLineKind, string> {
  return {
    ...oneSided(l, r, wording),
    left_after_statement: `Entries in ${l} dated after ${r}'s last line (${last}): not due on it yet`,
    right_only_interest: `Interest on ${r} not in ${l}`,
    right_only_charges: `Charges on ${r} not in ${l}`,
    confirmed_differences: "Differences inside confirmed matches",
    suggested_differences: "Differences inside suggested matches (to review)",
    opposite_sign_differences: `Differences inside matches of amounts opposite in sign (not explained: check the signs of ${l} and ${r})`,
    unexplained: "Unexplained difference",
  };
}
