/** Counts and totals of a run: what `=BO.RECONCILE` spills and what the task pane shows at the top. */
import type { Ctx, SideCtx } from "./context";
import type { MatchRows } from "./matchTable";
import { MinorTotal } from "./minorTotal";
import type { ReconcileSummary, SideTotals, Statement } from "./types";

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
  readonly matches: MatchRows;
  readonly leftMatch: Int32Array;
  readonly rightMatch: Int32Array;
  readonly unmatched: { readonly left: readonly number[]; readonly right: readonly number[] };
  readonly statements: readonly Statement[];
}): ReconcileSummary {
  const { ctx } = args;
  const status = args.matches.status;
  const matchesOf = (s: number): number => {
    let n = 0;
    for (let k = 0; k < status.length; k++) if (status[k] === s) n++;
    return n;
  };
  // Each side's rows in one pass, in memory order: every matched row belongs to exactly one match.
  const rowsOf = (side: SideCtx, match: Int32Array, s: number): SideTotals => {
    const t = new SideTally(side);
    for (let i = 0; i < side.n; i++) {
      const k = match[i] as number;
      if (k >= 0 && status[k] === s) t.add(i);
    }
    return t.totals();
  };
  const byStatus = (s: number) => ({
    matches: matchesOf(s),
    left: rowsOf(ctx.left, args.leftMatch, s),
    right: rowsOf(ctx.right, args.rightMatch, s),
  });
  const open = (side: SideCtx, rows: readonly number[]): SideTotals => {
    const t = new SideTally(side);
    for (let k = 0; k < rows.length; k++) t.add(rows[k] as number);
    return t.totals();
  };
  const single = args.statements.length === 1 ? args.statements[0] : undefined;
  return {
    currency: single?.currency ?? null,
    confirmed: byStatus(0),
    suggested: byStatus(1),
    unmatched: { left: open(ctx.left, args.unmatched.left), right: open(ctx.right, args.unmatched.right) },
    unexplained: single === undefined ? (args.statements.length === 0 ? 0 : null) : single.unexplained,
  };
}
