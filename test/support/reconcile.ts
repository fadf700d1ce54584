/**
 * Reconciliation fixtures that read like the domain: two table literals in, and each match as the rows
 * a user sees ("Ledger 2 <-> Bank 3"), so golden cases stay short and readable.
 */
import {
  reconcileTables,
  selectRecords,
  type Match,
  type ReconcileResult,
  type ReconcileTablesOptions,
  type RecordSet,
} from "../../src/core/reconcile";
import type { TableData } from "../../src/core/table";

export function runTables(
  left: TableData,
  right: TableData,
  opts: ReconcileTablesOptions = {},
): ReconcileResult {
  const out = reconcileTables(left, right, opts);
  if (!out.ok) throw new Error(out.issues.map((i) => i.message).join("\n"));
  return out.result;
}

/** "Ledger 2,3 <-> Bank 4" for a match: Excel rows of both sides. */
export function rowsOf(result: ReconcileResult, m: Match): string {
  const l = m.left.map((i) => result.left.rows[i]).join(",");
  const r = m.right.map((j) => result.right.rows[j]).join(",");
  return `${result.left.table} ${l} <-> ${result.right.table} ${r}`;
}

export interface MatchView {
  readonly rows: string;
  readonly status: Match["status"];
  readonly rule: string;
  readonly difference: number;
  readonly ambiguous: boolean;
}

export function viewMatches(result: ReconcileResult): MatchView[] {
  return result.matches.map((m) => ({
    rows: rowsOf(result, m),
    status: m.status,
    rule: m.rule,
    difference: m.difference,
    ambiguous: m.ambiguous,
  }));
}

/** Excel rows left open on each side. */
export function openRows(result: ReconcileResult): { left: number[]; right: number[] } {
  return {
    left: result.unmatched.left.map((i) => result.left.rows[i] as number),
    right: result.unmatched.right.map((j) => result.right.rows[j] as number),
  };
}

/** The same records in another order (keys and Excel rows travel with their records). */
export function permuted(set: RecordSet, order: readonly number[]): RecordSet {
  return selectRecords(set, order);
}
