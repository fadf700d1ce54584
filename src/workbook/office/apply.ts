/**
 * Executes ops in as few Excel requests as the budgets allow. A request is one Excel.run: an optional
 * probe sync (the loads some ops need first), then one sync with the commands. Probes never share a
 * request with a command that could change their answer. Calculation and screen updating are
 * suspended for requests that write many cells. A failure is reported as a DriverFailure naming the
 * first step of the failed request; steps before it are known to be fully applied.
 */
import { DriverFailure, type ApplyOptions, type Step } from "../driver";
import type { Budget } from "./budget";
import { opsFor, type Op } from "./ops";
import { hostCodeOf, type Runner } from "./runner";

/** Written cells above which a request suspends calculation and screen updating. */
export const SUSPEND_ABOVE_CELLS = 5000;
/** Commands per request, besides the byte budget: keeps each request quick for the host. */
const MAX_OPS_PER_REQUEST = 20_000;

interface Unit {
  ops: Op[];
  bytes: number;
  structural: boolean;
  notes: Set<string>;
}

function canJoin(u: Unit, op: Op, budget: Budget): boolean {
  if (u.ops.length === 0) return true;
  if (op.asyncProbe) return false;
  if (u.bytes + op.bytes > budget.payload || u.ops.length >= MAX_OPS_PER_REQUEST) return false;
  if (op.probe) {
    if (op.probe.structure && u.structural) return false;
    if (op.probe.noteCells.some((k) => u.notes.has(k))) return false;
  }
  return true;
}

export function packUnits(ops: readonly Op[], budget: Budget): Op[][] {
  const units: Unit[] = [];
  let cur: Unit = { ops: [], bytes: 0, structural: false, notes: new Set() };
  for (const op of ops) {
    if (!canJoin(cur, op, budget)) {
      units.push(cur);
      cur = { ops: [], bytes: 0, structural: false, notes: new Set() };
    }
    cur.ops.push(op);
    cur.bytes += op.bytes;
    cur.structural ||= op.structural;
    for (const k of op.writesNotes) cur.notes.add(k);
  }
  if (cur.ops.length > 0) units.push(cur);
  return units.map((u) => u.ops);
}

export async function applySteps(
  runner: Runner,
  steps: readonly Step[],
  opts: ApplyOptions = {},
): Promise<void> {
  const ops = opsFor(steps, runner.budget);
  const queue = packUnits(ops, runner.budget);
  const calc = runner.supports("1.6");
  const screen = runner.supports("1.9");
  while (queue.length > 0) {
    const unit = queue.shift() as Op[];
    const first = unit[0] as Op;
    if (opts.signal?.aborted)
      throw new DriverFailure("Cancelled", "The operation was cancelled.", first.step, first.doing, true);
    let probed = false;
    try {
      await runner.run(async (ctx) => {
        probed = false;
        const answers: unknown[] = new Array<unknown>(unit.length);
        for (let i = 0; i < unit.length; i++) {
          const op = unit[i] as Op;
          if (op.asyncProbe) answers[i] = await op.asyncProbe(ctx);
        }
        const readers = unit.map((op) => op.probe?.queue(ctx));
        if (readers.some((r) => r !== undefined)) {
          await ctx.sync();
          readers.forEach((r, i) => {
            if (r) answers[i] = r();
          });
        }
        probed = true;
        const cells = unit.reduce((n, op) => n + op.cells, 0);
        if (cells >= SUSPEND_ABOVE_CELLS) {
          if (calc) ctx.application.suspendApiCalculationUntilNextSync();
          if (screen) ctx.application.suspendScreenUpdatingUntilNextSync();
        }
        unit.forEach((op, i) => op.queue(ctx, answers[i]));
        await ctx.sync();
      });
    } catch (e) {
      const code = hostCodeOf(e) ?? "GeneralException";
      if (code === "RequestPayloadSizeLimitExceeded") {
        const halves = splitUnit(unit);
        if (halves) {
          queue.unshift(...halves);
          continue;
        }
      }
      const nothing =
        !probed || code === "InvalidOperationInCellEditMode" || code === "RequestPayloadSizeLimitExceeded";
      throw new DriverFailure(
        code,
        e instanceof Error ? e.message : String(e),
        first.step,
        describe(unit),
        nothing,
      );
    }
    const last = unit[unit.length - 1] as Op;
    const next = queue[0]?.[0];
    const done = next ? (next.step === last.step ? last.step : next.step) : steps.length;
    opts.onSync?.(done, last.doing);
  }
}

/** A request that was too large, as two smaller ones (nothing of it was applied). */
function splitUnit(unit: Op[]): Op[][] | null {
  if (unit.length > 1) {
    const mid = Math.floor(unit.length / 2);
    return [unit.slice(0, mid), unit.slice(mid)];
  }
  const halves = unit[0]?.split?.();
  return halves ? [[halves[0]], [halves[1]]] : null;
}

function describe(unit: readonly Op[]): string {
  const first = unit[0];
  const last = unit[unit.length - 1];
  if (!first || !last) return "writing";
  return first === last || first.doing === last.doing ? first.doing : `${first.doing} … ${last.doing}`;
}
