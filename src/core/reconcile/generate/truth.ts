/** The answer key of a generated ledger/statement pair. */
import type { RecordSet } from "../types";

export type TruthKind =
  /** Same amount, bank 0–3 days after the ledger. */
  | "one_to_one"
  /** The bank shows the amount net of a fee (within the default tolerance). */
  | "fee"
  /** One bank deposit settles 2–3 ledger invoices of one customer. */
  | "many_to_one"
  /** One ledger invoice paid in 2–3 instalments. */
  | "one_to_many"
  /** Identical rows on both sides: which pairs with which cannot be known, so none may be confirmed. */
  | "ambiguous"
  /** A real pair whose bank line was imported twice: which copy is the original cannot be known. */
  | "duplicated_pair"
  /** Real pairs where the ledger row carries a keying slip. */
  | "transposed_digits"
  | "sign_flip"
  | "decimal_shift"
  | "day_month_swap";

export const TRUTH_KINDS: readonly TruthKind[] = [
  "one_to_one",
  "fee",
  "many_to_one",
  "one_to_many",
  "ambiguous",
  "duplicated_pair",
  "transposed_digits",
  "sign_flip",
  "decimal_shift",
  "day_month_swap",
];

export interface TruthGroup {
  readonly kind: TruthKind;
  /** Record indices, ascending. */
  readonly left: readonly number[];
  readonly right: readonly number[];
}

export interface Truth {
  readonly groups: readonly TruthGroup[];
  /** Ledger rows with no bank counterpart (outstanding, missing from the bank). */
  readonly leftOnly: readonly number[];
  /** Bank rows with no ledger counterpart (fees, interest, unknown receipts, duplicate copies). */
  readonly rightOnly: readonly number[];
  /** Bank rows that are a second copy of another bank row. */
  readonly duplicates: readonly { readonly copy: number; readonly of: number }[];
}

export interface GeneratedPair {
  readonly left: RecordSet;
  readonly right: RecordSet;
  readonly truth: Truth;
}
