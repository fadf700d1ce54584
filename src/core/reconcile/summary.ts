/** Counts and totals of a run: what `=BO.RECONCILE` spills and what the task pane shows at the top. */
import { MinorTotal } from "./minorTotal";
import type { Match, ReconcileSummary, RecordSet, SideTotals, Statement } from "./types";

/** Row count and total of some rows; the total is null when they span several currencies. */
class SideTally {
  private rows = 0;
  private readonly sum = new MinorTotal();
  private currency: string | null = null;
  private mixed = false;

  add(set: RecordSet, currencyOf: readonly string[], r: number): void {
    this.rows++;
    this.sum.add(set.minor[r] as number);
    const c = currencyOf[r] as string;
    if (this.currency === null) this.currency = c;
    else if (c !== this.currency) this.mixed = true;
  }

  totals(): SideTotals {
    return { rows: this.rows, total: this.mixed ? null : this.sum.value() };
  }
}

function totals(set: RecordSet, rows: readonly number[], currencyOf: readonly string[]): SideTotals {
  const t = new SideTally();
  for (const r of rows) t.add(set, currencyOf, r);
  return t.totals();
}

export function summarize(args: {
  readonly left: RecordSet;
  readonly right: RecordSet;
  readonly leftCurrency: readonly string[];
  readonly rightCurrency: readonly string[];
  readonly matches: readonly Match[];
  readonly unmatched: { readonly left: readonly number[]; readonly right: readonly number[] };
  readonly statements: readonly Statement[];
}): ReconcileSummary {
  const byStatus = (status: Match["status"]) => {
    const l = new SideTally();
    const r = new SideTally();
    let matches = 0;
    for (const m of args.matches) {
      if (m.status !== status) continue;
      matches++;
      for (const i of m.left) l.add(args.left, args.leftCurrency, i);
      for (const j of m.right) r.add(args.right, args.rightCurrency, j);
    }
    return { matches, left: l.totals(), right: r.totals() };
  };
  const single = args.statements.length === 1 ? args.statements[0] : undefined;
  return {
    currency: single?.currency ?? null,
    confirmed: byStatus("confirmed"),
    suggested: byStatus("suggested"),
    unmatched: {
      left: totals(args.left, args.unmatched.left, args.leftCurrency),
      right: totals(args.right, args.unmatched.right, args.rightCurrency),
    },
    unexplained: single === undefined ? (args.statements.length === 0 ? 0 : null) : single.unexplained,
  };
}
