/**
 * Keeps the shapes of a run alive between runs.
 *
 * Every object of a run (the context, its sides, the amount table, the drafts, the text features, the
 * match views, findings and statements) dies with the run. A JavaScript engine such as V8 then drops the
 * hidden classes that only those objects had at its next full collection, and with them every piece of
 * optimised code that was specialised on them: the next run starts cold, in the interpreter, and pays
 * for optimising the same functions again (at 100,000 rows a side that is about a quarter of a run).
 * Re-runs are the common case: the pane runs again after each decision, and BO.MATCH / BO.RECONCILE run
 * again on every recalculation.
 *
 * So the first run of a process is preceded by one small run over generated rows (a few dozen a side,
 * with every kind of match, difference and slip the rules handle) whose context and result are kept for
 * the life of the process: a few kilobytes that hold those hidden classes. The specimen never touches the
 * caller's data and has no effect on any result.
 */
import { dayFromIso } from "../dates";
import { mulberry32 } from "../random";
import type { Ctx } from "./context";
import { generatePair } from "./generate/generatePair";
import type { ReconcileResult } from "./types";

/** Rows per side of the specimen: enough for every rule, group and detector to run at least once. */
export const SPECIMEN_ROWS = 240;

export interface Specimen {
  readonly contexts: readonly Ctx[];
  readonly result: ReconcileResult;
}

let kept: Specimen | null = null;
let running = false;

/**
 * Runs `run` over the specimen pair once per process, keeping what it returns. `run` is the engine's own
 * entry point (passed in to keep this module free of a cycle); a call while the specimen runs, or after,
 * does nothing.
 */
export function keepShapes(run: (pair: ReturnType<typeof generatePair>) => Specimen): void {
  if (kept !== null || running) return;
  running = true;
  try {
    kept = run(
      generatePair({
        size: SPECIMEN_ROWS,
        random: mulberry32(20260331),
        startDay: dayFromIso("2025-01-01") ?? 0,
      }),
    );
  } finally {
    running = false;
  }
}

/** The kept specimen, null before the first run (for tests). */
export function keptSpecimen(): Specimen | null {
  return kept;
}
