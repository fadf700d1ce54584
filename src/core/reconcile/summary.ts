/** Counts and totals of a run: what `=BO.RECONCILE` spills and what the task pane shows at the top. */
import type { Ctx, SideCtx } from "./context";
import type { MatchRows } from "./matchTable";
import { MinorTotal } from "./minorTotal";
import type { ReconcileSummary, SideTotals, Statement } from "./types";

/** Totals of some rows; the total is null when they span several currencies. */
function totalsOf(sum: MinorTotal, rows: number, mixed: boolean): SideTotals {
  return { rows, total: mixed ? null : sum.value() };
}

/**
 * Each side's rows of one status in one pass, in memory order: every matched row belongs to exactly one
 * match. Module-level loops, not closures made per run, so their optimised code serves every run.
 */
function rowsOf(side: SideCtx, match: Int32Array, status: Uint8Array, s: number): SideTotals {
  const sum = new MinorTotal();
  let rows = 0;
  let currency = -1;
  let mixed = false;
  for (let i = 0; i < side.n; i++) {
    const k = match[i] as number;
    if (k < 0 || status[k] !== s) continue;
    rows++;
    sum.add(side.rec.minor[i] as number);
    const c = side.cur[i] as number;
    if (currency < 0) currency = c;
    else if (c !== currency) mixed = true;
  }
  return totalsOf(sum, rows, mixed);
}

function openTotals(side: SideCtx, open: readonly number[]): SideTotals {
  const sum = new MinorTotal();
  let currency = -1;
  let mixed = false;
  for (let k = 0; k < open.length; k++) {
    const i = open[k] as number;
    sum.add(side.rec.minor[i] as number);
    const c = side.cur[i] as number;
    if (currency < 0) currency = c;
    else if (c !== currency) mixed = true;
  }
  return totalsOf(sum, open.length, mixed);
}

function matchesOf(status: Uint8Array, s: number): number {
  let n = 0;
  for (let k = 0; k < status.length; k++) if (status[k] === s) n++;
  return n;
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
  const byStatus = (s: number) => ({
    matches: matchesOf(status, s),
    left: rowsOf(ctx.left, args.leftMatch, status, s),
    right: rowsOf(ctx.right, args.rightMatch, status, s),
  });
  const single = args.statements.length === 1 ? args.statements[0] : undefined;
  return {
    currency: single?.currency ?? null,
    confirmed: byStatus(0),
    suggested: byStatus(1),
    unmatched: {
      left: openTotals(ctx.left, args.unmatched.left),
      right: openTotals(ctx.right, args.unmatched.right),
    },
    unexplained: single === undefined ? (args.statements.length === 0 ? 0 : null) : single.unexplained,
  };
}
