/**
 * Shapes of the reconciliation engine: two sides of records in; matches, open items, adjustments,
 * findings and a statement out. Record fields are column-wise so a million rows stay small and fast.
 */
import type { Issue } from "../issues";

/** Left is the book side (ledger, receivables, stock system); right is the statement side (bank, supplier, count). */
export type Side = "left" | "right";

/**
 * One side's usable records. Amounts are minor units already sign-normalised, so counterparts on the two
 * sides carry equal amounts (a bank "paid out" of 50.00 and a ledger credit of 50.00 are both -5000).
 */
export interface RecordSet {
  readonly side: Side;
  /** Table or file name: used in row keys and in messages. */
  readonly table: string;
  readonly sheet: string;
  readonly size: number;
  /** Stable row key per record, e.g. "Bank!14". Match ids and manual decisions are built from these. */
  readonly keys: readonly string[];
  /** Excel row per record as the user sees it (0 when the record did not come from a sheet). */
  readonly rows: Int32Array;
  /** Day number: days since 1970-01-01. */
  readonly day: Int32Array;
  /** Amount in minor units of the record's currency; always a safe integer. */
  readonly minor: Float64Array;
  /** ISO currency code per record; "" means the run's default currency. */
  readonly currency: readonly string[];
  readonly reference: readonly string[];
  readonly description: readonly string[];
  readonly party: readonly string[];
  /** The source's own transaction id (bank id, OFX FITID); "" when none. */
  readonly id: readonly string[];
}

export type MatchStatus = "confirmed" | "suggested";

/** Left rows : right rows. "1:many" is one book row settled by several statement rows. */
export type Cardinality = "1:1" | "many:1" | "1:many" | "many:many";

export interface Match {
  /** "M-" + 12 hex digits from the sorted row keys of the group: the same rows give the same id on every run. */
  readonly id: string;
  readonly status: MatchStatus;
  /** The rule that made the match, or "manual" for a group the user made. */
  readonly rule: string;
  readonly cardinality: Cardinality;
  /** Record indices into the left and right RecordSets, ascending. */
  readonly left: readonly number[];
  readonly right: readonly number[];
  /** Σ right − Σ left in minor units: 0 when the amounts agree. */
  readonly difference: number;
  readonly currency: string;
  /** In [0, 1]: how well the rows fit the rule. */
  readonly score: number;
  /** One line built from the facts, e.g. "amount equal, date +2 days, reference INV-1043". */
  readonly reason: string;
  /** True when another candidate fitted as well: such a match is shown as suggested, never confirmed by a rule. */
  readonly ambiguous: boolean;
  /** How many other rows or groups were plausible for the same rows. */
  readonly alternatives: number;
  /** "rule": the engine decided; "user": a manual group or an accepted suggestion. */
  readonly decidedBy: "rule" | "user";
}

/**
 * A difference of a match, proposed as an adjustment line: a bank's fee, rounding, exchange, a
 * difference to review, or a keying slip between the sides to correct (digits swapped, sign flipped,
 * decimal point shifted).
 */
export type AdjustmentKind =
  "bank_fee" | "rounding" | "fx" | "difference" | "transposed_digits" | "sign_flip" | "decimal_shift";

export interface Adjustment {
  readonly matchId: string;
  readonly status: MatchStatus;
  readonly kind: AdjustmentKind;
  /** Σ right − Σ left of the match, minor units: what the book needs to agree with the statement. */
  readonly amount: number;
  readonly currency: string;
  readonly description: string;
}

export type FindingKind =
  | "transposed_digits"
  | "sign_flip"
  | "decimal_shift"
  | "day_month_swap"
  | "duplicate"
  | "sums_to_difference"
  | "matches_cleared";

/** An explanation proposed for rows that stay open or for a difference; it never changes a match. */
export interface Finding {
  readonly kind: FindingKind;
  readonly left: readonly number[];
  readonly right: readonly number[];
  /** The amount the finding is about (the difference explained, or the amount involved), minor units. */
  readonly amount: number;
  readonly currency: string;
  /** The match whose difference the finding explains, when there is one. */
  readonly matchId?: string;
  /** Rendered from the catalogue and located at the first row concerned. */
  readonly issue: Issue;
}

export type StatementLineKind =
  | "left_only_receipts"
  | "left_only_payments"
  | "left_after_statement"
  | "right_only_credits"
  | "right_only_debits"
  | "right_only_interest"
  | "right_only_charges"
  | "confirmed_differences"
  | "suggested_differences"
  /**
   * Only while one side's signs seem to run the other way (issue recon_signs_opposite): the differences
   * of matches whose sides are exact opposites, listed apart from those to review as not explained.
   */
  | "opposite_sign_differences"
  | "unexplained";

/** A line of the statement: its effect takes the book balance towards the statement balance. */
export interface StatementLine {
  readonly kind: StatementLineKind;
  readonly label: string;
  /** Signed effect in minor units. */
  readonly effect: number;
  readonly count: number;
  readonly left: readonly number[];
  readonly right: readonly number[];
}

/**
 * A reconciliation statement for one currency:
 * book balance + Σ line effects = statement balance, exactly, with the unexplained difference as its own
 * line (never forced to zero).
 */
export interface Statement {
  readonly currency: string;
  readonly leftLabel: string;
  readonly rightLabel: string;
  /** Closing balance of the book side: declared, or opening + Σ left rows. */
  readonly bookBalance: number;
  /** Closing balance of the statement side: declared, or opening + Σ right rows. */
  readonly statementBalance: number;
  readonly lines: readonly StatementLine[];
  readonly unexplained: number;
  /** book + Σ effects === statement, recomputed from the lines in exact integers. */
  readonly identityHolds: boolean;
  /**
   * Per side, its declared closing balance less its declared opening balance plus its rows (and rows
   * cleared earlier): 0 when they agree or either balance is not declared.
   */
  readonly closingGap: { readonly left: number; readonly right: number };
  /**
   * What a reader must see with this statement before trusting it, each also among the result's issues:
   * one side's signs running the other way, a closing balance that is not its opening plus its rows, and
   * the advice on what stays unexplained (rows that could not be read first).
   */
  readonly remarks: readonly Issue[];
}

export interface SideTotals {
  readonly rows: number;
  /** Σ minor units; null when the rows span several currencies. */
  readonly total: number | null;
}

export interface ReconcileSummary {
  readonly currency: string | null;
  readonly confirmed: { readonly matches: number; readonly left: SideTotals; readonly right: SideTotals };
  readonly suggested: { readonly matches: number; readonly left: SideTotals; readonly right: SideTotals };
  readonly unmatched: { readonly left: SideTotals; readonly right: SideTotals };
  /** Σ unexplained over the statements; null with several currencies. */
  readonly unexplained: number | null;
}

export interface ReconcileResult {
  readonly left: RecordSet;
  readonly right: RecordSet;
  /** Sorted by the earliest date in the match, then id. */
  readonly matches: readonly Match[];
  /** Per record: the index into `matches`, or -1 when the record is open. */
  readonly leftMatch: Int32Array;
  readonly rightMatch: Int32Array;
  /** Open record indices, sorted by date then row key. */
  readonly unmatched: { readonly left: readonly number[]; readonly right: readonly number[] };
  readonly adjustments: readonly Adjustment[];
  readonly findings: readonly Finding[];
  /** One per currency, in code order. */
  readonly statements: readonly Statement[];
  readonly summary: ReconcileSummary;
  /** Stale decisions, findings and unexplained differences as located issues. */
  readonly issues: readonly Issue[];
}
