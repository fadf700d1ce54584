/**
 * The last reconciliation a worksheet function ran, kept for a few seconds. A sheet often holds
 * =BO.RECONCILE and =BO.MATCH over the same two ranges; one recalculation then calls both with equal
 * inputs, and the second call takes the first one's run instead of matching everything again.
 *
 * Inputs are compared cell by cell, never by a hash: a cached answer for inputs that differ in one cell
 * would be a wrong answer that looks right. Comparing 200,000 rows costs milliseconds; the run it saves
 * costs seconds. One entry only, released when its time is up, so the memory is not held between edits.
 * The entry keeps the arrays it was given: Excel hands each call its own and never changes them after.
 */

import type { DateSystem } from "../core/dates";

/** What a run depends on: both ranges' values, the rules text, the ranges' addresses, the date system. */
export interface RunInputs {
  readonly left: readonly (readonly unknown[])[];
  readonly right: readonly (readonly unknown[])[];
  readonly rules: unknown;
  readonly addresses: readonly (string | undefined)[];
  readonly dateSystem: DateSystem;
}

/** Longer than one recalculation, so the functions of one wave share a run; short enough to free memory. */
export const LAST_RUN_TTL_MS = 5_000;

function sameRows(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (!Object.is(x[j], y[j])) return false;
  }
  return true;
}

/** True when a run over `a` would be the run over `b`. */
export function sameInputs(a: RunInputs, b: RunInputs): boolean {
  return (
    a.dateSystem === b.dateSystem &&
    Object.is(a.rules, b.rules) &&
    a.addresses.length === b.addresses.length &&
    a.addresses.every((x, i) => x === b.addresses[i]) &&
    sameRows(a.left, b.left) &&
    sameRows(a.right, b.right)
  );
}

export interface Timers {
  readonly set: (f: () => void, ms: number) => unknown;
  readonly clear: (handle: unknown) => void;
}

const realTimers: Timers = {
  set: (f, ms) => {
    const handle = setTimeout(f, ms);
    // In Node (tests) the timer must not keep the process alive; browsers have no unref.
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** A one-entry memo of runs; failures are not kept (a fixed input must be run again). */
export class LastRun<T> {
  private kept: { readonly inputs: RunInputs; readonly run: T } | null = null;
  private timer: unknown = null;
  /** Runs computed and runs taken from the memo, for tests and diagnostics. */
  computed = 0;
  reused = 0;

  constructor(
    private readonly ttlMs = LAST_RUN_TTL_MS,
    private readonly timers: Timers = realTimers,
  ) {}

  get(inputs: RunInputs, compute: () => T): T {
    if (this.kept !== null && sameInputs(this.kept.inputs, inputs)) {
      this.reused++;
      return this.kept.run;
    }
    this.forget();
    const run = compute();
    this.computed++;
    this.kept = { inputs, run };
    this.timer = this.timers.set(() => {
      this.kept = null;
      this.timer = null;
    }, this.ttlMs);
    return run;
  }

  forget(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    this.kept = null;
  }
}
