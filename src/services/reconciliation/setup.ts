/**
 * What a reconciliation run needs: the two tables, how to read each (columns, signs, rows taken part,
 * balances) and the rule cascade. Plain values, so the pane can edit them and settings can keep them.
 */
import type { Rule } from "../../core/reconcile";
import type { Selection, SideReading } from "../../core/reconcileInput";
import type { TableRef } from "../../workbook/port";
import type { PresetId } from "./presets";

/**
 * Where a side's opening and closing balances come from: its running Balance column, amounts the user
 * typed (minor units of the run's currency, or the text as typed), or nowhere (then the statement starts
 * from zero).
 */
export interface BalanceSetup {
  readonly source: "column" | "typed" | "none";
  readonly opening?: number;
  readonly closing?: number;
  /**
   * Balances as the user typed them (the pane's fields, the command line's flags). A run reads each in
   * its currency and the side's reading as it then is (readTypedBalance: DR/CR in the side's convention)
   * and refuses one that does not read; a text given wins over `opening` and `closing`.
   */
  readonly text?: { readonly opening?: string; readonly closing?: string };
  /** The currency typed balances name, where the run has none of its own (several): its statement takes them. */
  readonly currency?: string;
  /**
   * Typed balances whose text does not read as an amount (their amount is then absent, never an
   * earlier prefix that read): the pane refuses to run until they are corrected or cleared, and a run
   * given them refuses too (BalanceError). Pane state only; settings never keep balances.
   */
  readonly unreadable?: readonly ("opening" | "closing")[];
}

export interface SideSetup {
  readonly ref: TableRef;
  /**
   * Where the result columns go when that is not `ref`: a named range (a CSV file's data) is read by
   * its name but written beside by its address.
   */
  readonly output?: TableRef;
  /** The table's name (or Sheet!A1:F20 for a range), as used in keys, row keys and messages. */
  readonly name: string;
  readonly reading: SideReading;
  readonly selection: Selection | null;
  readonly balances: BalanceSetup;
}

export interface ReconcileSetup {
  readonly preset: PresetId;
  readonly left: SideSetup;
  readonly right: SideSetup;
  readonly rules: readonly Rule[];
  /** True when the rules are the user's own rather than the preset's. */
  readonly customRules: boolean;
  /** Currency of rows that name none; "" when the tables never say. */
  readonly currency: string;
}

export function refName(ref: TableRef): string {
  return "table" in ref ? ref.table : `${ref.sheet}!${ref.address}`;
}

/** The pair's identity: settings, output keys and the Reconciliation sheet all hang off it. */
export function pairKey(left: string, right: string): string {
  return `${left}|${right}`;
}
