/**
 * Runs the engine over two read sides in slices that yield to the UI (hazard 19), with the side's
 * balances resolved from the Balance column or the user's figures, and the user's decisions first.
 */
import type { DateSystem } from "../../core/dates";
import type { Issue } from "../../core/issues";
import { startReconcile, type Balances, type ReconcileResult, type Workspace } from "../../core/reconcile";
import { balancesFromColumn, type SideRecords } from "../../core/reconcileInput";
import type { Progress, RunOptions } from "../../workbook/port";
import { runInSlices, throwIfCancelled } from "../slices";
import { clearedOverlaps } from "./clearedOverlap";
import type { SideEarlier } from "../../core/reconcileInput";
import { displayMoney } from "./views";
import type { Decisions } from "./savedPair";
import type { BalanceSetup, ReconcileSetup } from "./setup";

export interface ResolvedBalance {
  readonly source: BalanceSetup["source"];
  readonly opening?: number;
  readonly closing?: number;
  /** Where the figures came from, for the statement sheet, e.g. "from the Balance column, rows 2–17". */
  readonly detail: string;
}

export interface ReconcileOutcome {
  readonly setup: ReconcileSetup;
  readonly left: SideRecords;
  readonly right: SideRecords;
  readonly balances: { readonly left: ResolvedBalance; readonly right: ResolvedBalance };
  readonly decisions: Decisions;
  readonly result: ReconcileResult;
  /** Reading issues of both sides, then the engine's (stale decisions, findings, unexplained differences). */
  readonly issues: readonly Issue[];
  readonly dateSystem: DateSystem;
  /** Things the user should know that are not about a cell (e.g. saved settings that were ignored). */
  readonly notices: readonly string[];
  /** What each side's result columns held when read, and its rows cleared against another table. */
  readonly earlier: { readonly left: SideEarlier | null; readonly right: SideEarlier | null };
}

export function resolveBalance(side: SideRecords, setup: BalanceSetup): ResolvedBalance {
  if (setup.source === "column") {
    const b = balancesFromColumn(side);
    if (b)
      return {
        source: "column",
        opening: b.opening,
        closing: b.closing,
        detail: `from the ${side.table.headers[side.map.balance ?? -1] ?? "Balance"} column, rows ${b.firstRow}–${b.lastRow}`,
      };
    return { source: "none", detail: "no usable Balance column: the statement starts from zero" };
  }
  if (setup.source === "typed" && (setup.opening !== undefined || setup.closing !== undefined))
    return {
      source: "typed",
      ...(setup.opening !== undefined ? { opening: setup.opening } : {}),
      ...(setup.closing !== undefined ? { closing: setup.closing } : {}),
      detail: "as typed",
    };
  return { source: "none", detail: "not given: the statement starts from zero" };
}

/**
 * A side's balance with the rows cleared earlier against another table counted in: they take no part
 * in matching, but they moved the account. Where a closing balance is known it already holds them; else
 * they are brought forward into the opening balance (a side given none starts from their total).
 */
export function withCleared(b: ResolvedBalance, side: SideRecords, currency: string): ResolvedBalance {
  const rows = side.cleared.rows;
  if (rows === 0 || b.closing !== undefined) return b;
  const total = side.cleared.minor.get(currency) ?? 0;
  const what = `${rows} row${rows === 1 ? "" : "s"} cleared earlier against another table (${displayMoney(total, currency)}) brought forward`;
  return { ...b, opening: (b.opening ?? 0) + total + 0, detail: `${b.detail}; ${what}` };
}

function engineBalances(currency: string, l: ResolvedBalance, r: ResolvedBalance): Balances {
  return {
    currency,
    ...(l.opening !== undefined ? { leftOpening: l.opening } : {}),
    ...(l.closing !== undefined ? { leftClosing: l.closing } : {}),
    ...(r.opening !== undefined ? { rightOpening: r.opening } : {}),
    ...(r.closing !== undefined ? { rightClosing: r.closing } : {}),
  };
}

/** Maps a part's own progress into [from, to) of the whole. */
export function progressPart(
  onProgress: ((p: Progress) => void) | undefined,
  from: number,
  to: number,
): ((p: Progress) => void) | undefined {
  if (!onProgress) return undefined;
  return (p) =>
    onProgress({
      phase: p.phase,
      done: from + (p.total > 0 ? Math.floor(((to - from) * p.done) / p.total) : 0),
      total: PROGRESS_TOTAL,
    });
}

export const PROGRESS_TOTAL = 1000;
/** Rows visited per engine step: a few milliseconds, so a slice of 16 ms holds several. */
const STEP_BUDGET = 20_000;

export interface EngineInput {
  readonly setup: ReconcileSetup;
  readonly left: SideRecords;
  readonly right: SideRecords;
  readonly decisions: Decisions;
  readonly dateSystem: DateSystem;
  readonly notices?: readonly string[];
  readonly earlier?: ReconcileOutcome["earlier"];
  /** Buffers kept from the previous run (re-runs after each decision allocate next to nothing). */
  readonly workspace?: Workspace;
}

/** Runs the engine in slices; rejects with a CancelledError when the signal aborts between slices. */
export async function runEngine(input: EngineInput, opts: RunOptions = {}): Promise<ReconcileOutcome> {
  const { setup, left, right, decisions } = input;
  const balances = {
    left: withCleared(resolveBalance(left, setup.left.balances), left, setup.currency),
    right: withCleared(resolveBalance(right, setup.right.balances), right, setup.currency),
  };
  const run = startReconcile(left.set, right.set, {
    rules: setup.rules,
    decisions,
    currency: setup.currency,
    balances: engineBalances(setup.currency, balances.left, balances.right),
    ...(input.workspace ? { workspace: input.workspace } : {}),
    ...(opts.onProgress
      ? { onProgress: (p) => opts.onProgress?.({ phase: p.phase, done: p.done, total: p.total }) }
      : {}),
  });
  await runInSlices(() => run.step(STEP_BUDGET), {
    what: "The reconciliation",
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  // A cancel pressed during the last slice still counts: the user asked for no result.
  throwIfCancelled(opts.signal, "The reconciliation");
  const ran = run.result();
  const earlier = input.earlier ?? { left: null, right: null };
  const overlaps = clearedOverlaps(ran, left, right, earlier);
  const result: ReconcileResult =
    overlaps.length === 0
      ? ran
      : {
          ...ran,
          findings: [...ran.findings, ...overlaps],
          issues: [...ran.issues, ...overlaps.map((f) => f.issue)],
        };
  return {
    setup,
    left,
    right,
    balances,
    decisions,
    result,
    issues: [...left.issues, ...right.issues, ...result.issues],
    dateSystem: input.dateSystem,
    notices: input.notices ?? [],
    earlier,
  };
}
