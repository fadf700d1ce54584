/**
 * Runs one planned write: snapshot -> build -> write -> read back and verify -> record; on failure,
 * restore from the snapshot and say which state the workbook is in. The journal keeps the undo so the
 * user can revert later, or retry a restore that failed.
 */
import { DriverFailure, type Driver } from "../driver";
import { WorkbookError } from "../errors";
import type { OperationReceipt, RunOptions } from "../port";
import { describeStep } from "../steps";
import type { Journal } from "./journal";
import { failed, SettingsFailure, VerifyFailure } from "./outcome";
import type { Plan } from "./plan";
import { saveRegistry, type Registry } from "./registry";
import { restoredExpectations } from "./restoreCheck";

export interface ExecuteContext {
  readonly driver: Driver;
  readonly journal: Journal;
  readonly registry: Registry;
  readonly operationId: string;
  readonly opts: RunOptions;
}

export async function execute(plan: Plan, ctx: ExecuteContext): Promise<OperationReceipt> {
  const { driver, opts } = ctx;
  const progress = (phase: string, done: number, total: number) => opts.onProgress?.({ phase, done, total });

  progress("snapshot", 0, 1);
  let states;
  try {
    states = await driver.capture(plan.captures, opts);
  } catch (e) {
    throw failed(e, plan.operation, plan.where, "nothing_written");
  }
  const built = plan.build(states);
  if (opts.signal?.aborted)
    throw failed(
      new DriverFailure("Cancelled", "cancelled", 0, "starting", true),
      plan.operation,
      plan.where,
      "nothing_written",
    );

  const restoredExpect = restoredExpectations(states);
  const total = built.forward.length;
  try {
    await driver.apply(built.forward, {
      ...(opts.signal ? { signal: opts.signal } : {}),
      onSync: (done) => progress("writing", done, total),
    });
    progress("verifying", 0, 1);
    const problems = await driver.verify(built.expect);
    if (problems.length > 0) throw new VerifyFailure(problems);
    try {
      await saveRegistry(driver.settings, built.registry);
    } catch (e) {
      throw new SettingsFailure(e instanceof Error ? e.message : String(e));
    }
  } catch (e) {
    if (e instanceof DriverFailure && e.stepIndex === 0 && e.nothingApplied)
      throw failed(e, plan.operation, plan.where, "nothing_written");
    progress("restoring", 0, built.undo.length);
    const left = await restore(driver, built.undo, restoredExpect);
    if (left === null) throw failed(e, plan.operation, plan.where, "restored");
    const receipt = { ...built.receipt, operationId: ctx.operationId };
    ctx.journal.push({
      receipt,
      undo: built.undo,
      written: [],
      restoredExpect,
      registryBefore: ctx.registry,
      status: "restore_incomplete",
      left,
    });
    throw failed(e, plan.operation, plan.where, "restore_incomplete", left);
  }
  const receipt: OperationReceipt = { ...built.receipt, operationId: ctx.operationId };
  ctx.journal.push({
    receipt,
    undo: built.undo,
    written: built.expect,
    restoredExpect,
    registryBefore: ctx.registry,
    status: "done",
  });
  progress("done", 1, 1);
  return receipt;
}

/**
 * Applies the undo steps and checks the result; null when the workbook is back as it was, otherwise a
 * description of what is left. Cancellation never interrupts a restore.
 */
export async function restore(
  driver: Driver,
  undo: Parameters<Driver["apply"]>[0],
  expect: Parameters<Driver["verify"]>[0],
): Promise<string | null> {
  let applied = 0;
  try {
    await driver.apply(undo, { onSync: (n) => (applied = n) });
  } catch (e) {
    const from = e instanceof DriverFailure ? e.stepIndex : applied;
    const remaining = undo.slice(from).map(describeStep);
    const why =
      e instanceof DriverFailure
        ? `${e.hostCode} while ${e.doing}`
        : e instanceof Error
          ? e.message
          : String(e);
    return `${why}; still to do: ${remaining.join("; ")}`;
  }
  try {
    const problems = await driver.verify(expect);
    return problems.length === 0
      ? null
      : `after undoing, ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? "; …" : ""}`;
  } catch (e) {
    if (e instanceof WorkbookError) return e.message;
    return `the restored cells could not be read back (${e instanceof Error ? e.message : String(e)})`;
  }
}
