/**
 * Apply writes three outputs through the gateway: result columns beside the book table, beside the
 * statement table, and the Reconciliation sheet. Each write is safe on its own (snapshot, verify,
 * restore); this module makes the three act as one: when a later write fails or is cancelled, the
 * earlier ones are reverted, so the workbook ends as before or as intended, never half-applied.
 */
import { WorkbookError, isWorkbookError, type WriteOutcome } from "../../workbook/errors";
import type { OperationReceipt, RunOptions, WorkbookPort } from "../../workbook/port";
import { CancelledError } from "../slices";
import { resultColumnsPlan } from "./resultColumns";
import type { ReconcileOutcome } from "./runEngine";
import { statementSheet } from "./statementSheet";

export interface ApplyReceipt {
  /** The gateway operations of this Apply, in the order written. */
  readonly operations: readonly OperationReceipt[];
  /** The sheet the statement went to (a unique name when "Reconciliation" was taken by something else). */
  readonly sheet: string;
  readonly summary: string;
  /** The newest change before this Apply (null: none): once it is the newest again, the Apply is gone. */
  readonly beneath: string | null;
}

const OPERATION = "apply the reconciliation";

/** Reverts this Apply's operations that are still the newest in the journal; returns how many. */
async function revertOurs(port: WorkbookPort, ids: readonly string[], opts: RunOptions): Promise<number> {
  let reverted = 0;
  for (;;) {
    const last = port.lastOperation();
    if (!last || !ids.includes(last.operationId)) return reverted;
    await port.revertLast(opts.signal ? { signal: opts.signal } : {});
    reverted++;
  }
}

function isCancel(e: unknown): boolean {
  return (isWorkbookError(e) && e.code === "cancelled") || e instanceof CancelledError;
}

export async function applyOutcome(
  port: WorkbookPort,
  outcome: ReconcileOutcome,
  opts: RunOptions = {},
): Promise<ApplyReceipt> {
  const { left, right } = outcome.setup;
  const steps: { label: string; write: () => Promise<OperationReceipt> }[] = [
    {
      label: `result columns beside ${left.name}`,
      write: () => port.writeResultColumns(resultColumnsPlan(outcome, "left"), opts),
    },
    {
      label: `result columns beside ${right.name}`,
      write: () => port.writeResultColumns(resultColumnsPlan(outcome, "right"), opts),
    },
    { label: "the Reconciliation sheet", write: () => port.writeSheet(statementSheet(outcome), opts) },
  ];
  const beneath = port.lastOperation()?.operationId ?? null;
  const done: OperationReceipt[] = [];
  for (const [k, step] of steps.entries()) {
    opts.onProgress?.({ phase: `Writing ${step.label}`, done: k, total: steps.length });
    try {
      if (opts.signal?.aborted) throw new CancelledError("Apply");
      done.push(await step.write());
    } catch (e) {
      throw await undoAfterFailure(
        port,
        e,
        done,
        steps.slice(0, done.length).map((s) => s.label),
      );
    }
  }
  opts.onProgress?.({ phase: "Applied", done: steps.length, total: steps.length });
  const sheet = done[2]?.sheet ?? "Reconciliation";
  return {
    operations: done,
    sheet,
    summary: `Wrote BO Match ID, BO Status, BO Rule and BO Note beside ${left.name} and ${right.name}, and the statement to sheet '${sheet}'`,
    beneath,
  };
}

/**
 * Whether an Apply is still in the workbook as far as the journal tells: false once the change before
 * it is the newest again (its writes were reverted, e.g. one by one from the status area). A later
 * change on top leaves it standing: revertApply then says which change to revert first.
 */
export function applyStands(port: WorkbookPort, receipt: ApplyReceipt): boolean {
  const last = port.lastOperation()?.operationId ?? null;
  return last !== receipt.beneath;
}

/** After a failed write: take back the earlier writes of this Apply and say what state the workbook is in. */
async function undoAfterFailure(
  port: WorkbookPort,
  cause: unknown,
  done: readonly OperationReceipt[],
  labels: readonly string[],
): Promise<Error> {
  const failedOutcome: WriteOutcome = isWorkbookError(cause) ? cause.details.outcome : "nothing_written";
  const why = cause instanceof Error ? cause.message : String(cause);
  if (failedOutcome === "restore_incomplete") {
    const kept =
      labels.length > 0 ? ` The ${labels.join(" and ")} written before it are also still there.` : "";
    return new WorkbookError("restore_incomplete", `Could not apply the reconciliation: ${why}${kept}`, {
      operation: OPERATION,
      outcome: "restore_incomplete",
      ...(isWorkbookError(cause) && cause.details.hostCode ? { hostCode: cause.details.hostCode } : {}),
    });
  }
  let reverted = 0;
  try {
    // Never pass the (aborted) signal: taking back what was written must finish.
    reverted = await revertOurs(
      port,
      done.map((d) => d.operationId),
      {},
    );
  } catch (e) {
    const left = labels.slice(0, labels.length - reverted).join(" and ");
    return new WorkbookError(
      "restore_incomplete",
      `Could not apply the reconciliation: ${why} Taking back the ${left} already written failed too (${e instanceof Error ? e.message : String(e)}); use Revert in the status area to remove them.`,
      { operation: OPERATION, outcome: "restore_incomplete" },
    );
  }
  if (isCancel(cause)) return new CancelledError("Apply");
  const undone = reverted > 0 ? ` The ${labels.join(" and ")} written before it were taken back.` : "";
  const code = isWorkbookError(cause) ? cause.code : "host_error";
  return new WorkbookError(
    code,
    `Could not apply the reconciliation: ${why}${undone} The workbook is as it was before.`,
    {
      operation: OPERATION,
      outcome: reverted > 0 ? "restored" : failedOutcome,
      ...(isWorkbookError(cause) && cause.details.hostCode ? { hostCode: cause.details.hostCode } : {}),
    },
  );
}

/**
 * Reverts an Apply: its operations that are still the newest changes, newest first. Refuses when a
 * later change sits on top (it would have to be reverted first) or when nothing of it is left.
 */
export async function revertApply(
  port: WorkbookPort,
  receipt: ApplyReceipt,
  opts: RunOptions = {},
): Promise<number> {
  const ids = receipt.operations.map((o) => o.operationId);
  const last = port.lastOperation();
  if (!last || !ids.includes(last.operationId))
    throw new WorkbookError(
      "nothing_to_revert",
      last
        ? `The last change is "${last.summary}", made after the reconciliation was applied; revert that first.`
        : "Nothing of this reconciliation is left to revert.",
      { operation: "revert the reconciliation", outcome: "nothing_written" },
    );
  return revertOurs(port, ids, opts);
}
