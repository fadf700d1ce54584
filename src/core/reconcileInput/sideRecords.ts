/**
 * What reading a side gives (readSide.ts): its records for the engine, each table row's state, the rows
 * left out and why, the rows cleared earlier and the pending ones, and how its amounts and dates were read.
 */
import type { ColumnMap, ColumnMapResult } from "../columnMap";
import type { DateOrder, DateSystem } from "../dates";
import type { Issue } from "../issues";
import type { RecordSet, Side, SideConfig } from "../reconcile";
import type { TableData } from "../table";
import type { BalanceRow } from "./balanceRows";
import type { Selection } from "./selection";

/** How a side is read: the engine's SideConfig, every setting optional (defaults as the schema's). */
export type SideReading = { readonly [K in keyof SideConfig]?: SideConfig[K] };

export interface ReadSideOptions {
  readonly side: Side;
  readonly reading?: SideReading;
  readonly dateSystem: DateSystem;
  /** Currency of rows with no currency column, symbol or configured currency; "" for unnamed. */
  readonly defaultCurrency?: string;
  readonly selection?: Selection | null;
  /**
   * Per table record, 1 where the row was cleared by an earlier reconciliation against another table: it
   * is read (so its amount counts in the side's balance) but takes no part in matching.
   */
  readonly cleared?: Uint8Array | null;
}

export const ROW_USED = 0;
export const ROW_EXCLUDED = 1;
export const ROW_UNREADABLE = 2;
export const ROW_CLEARED = 3;
/** Every cell of the row is blank (a spacer row, or the blank line that ends a CSV file): left out. */
export const ROW_BLANK = 4;
/** The bank lists the row as pending, not booked yet (pendingRows.ts): left out, with a note. */
export const ROW_PENDING = 5;
/** The row states a balance, not a booking (balanceRows.ts): left out, with a note; its balance offered. */
export const ROW_BALANCE = 6;
export type RowState =
  | typeof ROW_USED
  | typeof ROW_EXCLUDED
  | typeof ROW_UNREADABLE
  | typeof ROW_CLEARED
  | typeof ROW_BLANK
  | typeof ROW_PENDING
  | typeof ROW_BALANCE;

/** The rows a side leaves out as cleared earlier: how many, and their total per currency (side's sign). */
export interface ClearedRows {
  readonly rows: number;
  readonly minor: ReadonlyMap<string, number>;
  /** Each cleared row, in table order: its table record, Excel row, day, amount (side's sign), currency. */
  readonly each: {
    readonly record: readonly number[];
    readonly row: readonly number[];
    readonly day: readonly number[];
    readonly minor: readonly number[];
    readonly currency: readonly string[];
  };
}

/**
 * How a side's amounts are given: one signed column; debit and credit columns; or one unsigned column
 * with a Dr/Cr indicator column beside it (each amount then counts as a debit or a credit).
 */
export type AmountMode = "amount" | "debit-credit" | "indicator";

export interface SideRecords {
  readonly table: TableData;
  /** The usable rows, in table order. */
  readonly set: RecordSet;
  /** Per table record: its index in `set`, or -1 when excluded, unreadable or blank. */
  readonly recordOf: Int32Array;
  /** Per record of `set`: its index among the table's records. */
  readonly tableIndex: Int32Array;
  /** Per table record: ROW_USED, ROW_EXCLUDED, ROW_UNREADABLE, ROW_CLEARED, ROW_BLANK, ROW_PENDING or ROW_BALANCE. */
  readonly state: Uint8Array;
  /** The rows cleared earlier (ROW_CLEARED), read but not matched. */
  readonly cleared: ClearedRows;
  /** Why each unreadable row could not be used, or each pending or balance row was left out, by table record. */
  readonly rowIssues: ReadonlyMap<number, readonly Issue[]>;
  /** Header, mapping and cell issues, in table order. */
  readonly issues: readonly Issue[];
  readonly map: ColumnMap;
  /**
   * Debit and credit columns (0-based) left unread beside the amount column read: a row whose amount is
   * blank was read from them (amountFromPair.ts). Null where there are none.
   */
  readonly pairBeside: { readonly debit?: number; readonly credit?: number } | null;
  readonly how: ColumnMapResult["how"];
  /** null when the table has no usable date or amount columns (then `set` is empty). */
  readonly amountMode: AmountMode | null;
  /** The rows that state a balance (ROW_BALANCE), in table order: what each states (statedBalances.ts). */
  readonly balanceRows: readonly BalanceRow[];
  /** The running balance per record of `set`, in the side's sign, or NaN; null without a balance column. */
  readonly balance: Float64Array | null;
  /** Distinct currencies of the usable rows ("" = the default), sorted. */
  readonly currencies: readonly string[];
  /** The date order used for text dates, when one was declared or could be inferred. */
  readonly dateOrder: DateOrder | undefined;
  /** The decimal separator used for amounts written as text, when declared or inferred. */
  readonly decimalSeparator: "." | "," | undefined;
  /** -1 when the side's amounts are negated (sign "flip"), else 1. */
  readonly flip: 1 | -1;
  /** The rows the bank lists as not booked yet (not the void ones), read as its bookings are. */
  readonly pending: PendingRows;
}

/**
 * A side's pending rows whose amount reads, in table order: they take no part in matching, but a book row
 * left open because the bank has not booked its payment yet can be told so (pendingCounterparts.ts).
 */
export interface PendingRows {
  /** Its index among the table's records. */
  readonly record: readonly number[];
  /** Its Excel row. */
  readonly row: readonly number[];
  /** Its day, or null where the date cell holds none ("offen", "--"). */
  readonly day: readonly (number | null)[];
  /** Its amount in minor units and the side's sign, as the side's records hold theirs. */
  readonly minor: readonly number[];
  /** Its currency ("" for the run's default). */
  readonly currency: readonly string[];
  readonly reference: readonly string[];
  readonly description: readonly string[];
}
