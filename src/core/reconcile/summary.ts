/** Counts and totals of a run: what `=BO.RECONCILE` spills and what the task pane shows at the top. */
import type { Ctx, SideCtx } from "./context";
import { MinorTotal } from "./minorTotal";
import type { Match, ReconcileSummary, SideTotals, Statement } from "./types";

/** Row count and total of some rows; the total is null when they span several currencies. */
class SideTally {
  private rows = 0;
  private readonly sum = new MinorTotal();
  private currency = -1;
  private mixed = false;

  constructor(private readonly side: SideCtx) {}

  add(r: number): void {
    this.rows++;
    this.sum.add(this.side.rec.minor[r] as number);
    const c = this.side.cur[r] as number;
    if (this.currency < 0) this.currency = c;
    else if (c !== this.currency) this.mixed = true;
  }

  totals(): SideTotals {
    return { rows: this.rows, total: this.mixed ? null : this.sum.value() };
  }
}

export function summarize(args: {
  readonly ctx: Ctx;
  readonly matches: readonly Match[];
  readonly unmatched: { readonly left: readonly number[]; readonly right: readonly number[] };
  readonly statements: readonly Statement[];
}): ReconcileSummary {
  const { ctx } = args;
  const byStatus = (status: Match["status"]) => {
    const l = new SideTally(ctx.left);
    const r = new SideTally(ctx.right);
    let matches = 0;
    // Indexed loops: these run once per result over up to a million matches, before the optimiser would
    // remove the iterator objects a for-of allocates.
    for (let k = 0; k < args.matches.length; k++) {
      const m = args.matches[k] as Match;
      if (m.status !== status) continue;
      matches++;
      for (let a = 0; a < m.left.length; a++) l.add(m.left[a] as number);
      for (let b = 0; b < m.right.length; b++) r.add(m.right[b] as number);
    }
    return { matches, left: l.totals(), right: r.totals() };
  };
  const open = (side: SideCtx, rows: readonly number[]): SideTotals => {
    const t = new SideTally(side);
    for (let k = 0; k < rows.length; k++) t.add(rows[k] as number);
    return t.totals();
  };
  const single = args.statements.length === 1 ? args.statements[0] : undefined;
  return {
    currency: single?.currency ?? null,
    confirmed: byStatus("confirmed"),
    suggested: byStatus("suggested"),
    unmatched: { left: open(ctx.left, args.unmatched.left), right: open(ctx.right, args.unmatched.right) },
    unexplained: single === undefined ? (args.statements.length === 0 ? 0 : null) : single.unexplained,
  };
}
