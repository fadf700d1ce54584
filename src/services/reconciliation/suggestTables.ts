/**
 * Which table is the book and which the statement, guessed from headers and names so the pane opens
 * with a sensible pair; the user can always choose others.
 */
import { mapReconcileColumns } from "../../core/reconcileInput";
import type { TableInfo } from "../../workbook/port";
import type { ReconcilePreset } from "./presets";
import { RESULT_HEADERS } from "./resultKeys";

interface Scores {
  readonly left: number;
  readonly right: number;
}

/** Whether a table carries our result columns at its end: an Apply reconciled it already. */
function reconciled(t: TableInfo): boolean {
  const tail = t.headers.slice(-RESULT_HEADERS.length).map((h) => h.trim().toLowerCase());
  return tail.length === RESULT_HEADERS.length && RESULT_HEADERS.every((h, k) => tail[k] === h.toLowerCase());
}

/**
 * A statement already reconciled scores less than one not yet reconciled: beside last month's statement,
 * which an Apply wrote result columns beside, this month's is the one to reconcile next.
 */
const DONE = 4;

function score(t: TableInfo, preset: ReconcilePreset): Scores {
  const { map } = mapReconcileColumns({ headers: t.headers, sheet: t.sheet, name: t.name, headerRow: 1 });
  const has = (f: string) => f in map;
  if (!has("date") || !(has("amount") || has("debit") || has("credit"))) return { left: -1, right: -1 };
  const name = `${t.name} ${t.sheet}`.toLowerCase();
  const named = (...words: string[]) => (words.some((w) => name.includes(w)) ? 3 : 0);
  if (preset.id === "bank-ledger")
    return {
      left:
        (has("account") ? 3 : 0) +
        (has("debit") && has("credit") ? 1 : 0) +
        named("ledger", "journal", "book", "gl"),
      right:
        (has("balance") ? 3 : 0) +
        (has("account") ? -2 : 0) +
        named("bank", "statement") -
        (reconciled(t) ? DONE : 0),
    };
  return {
    left:
      (has("party") ? 1 : 0) + (has("reference") ? 1 : 0) + named("receivable", "invoice", "ar ", "sales"),
    right:
      (has("balance") ? 1 : 0) + named("statement", "customer", "remittance") - (reconciled(t) ? DONE : 0),
  };
}

/** The best-scoring distinct pair; null for a side no table fits. */
export function suggestTables(
  tables: readonly TableInfo[],
  preset: ReconcilePreset,
): { left: string | null; right: string | null } {
  const scored = tables.map((t) => ({ name: t.name, ...score(t, preset) })).filter((s) => s.left >= 0);
  let best: { left: string | null; right: string | null; total: number } = {
    left: null,
    right: null,
    total: -1,
  };
  for (const l of scored)
    for (const r of scored) {
      if (l.name === r.name) continue;
      const total = l.left + r.right;
      if (total > best.total) best = { left: l.name, right: r.name, total };
    }
  if (best.left === null && scored.length === 1) return { left: scored[0]?.name ?? null, right: null };
  return { left: best.left, right: best.right };
}
