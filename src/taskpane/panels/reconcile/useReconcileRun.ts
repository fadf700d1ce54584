/**
 * The run half of the Reconcile panel: run the setup, review (accept, reject, unmatch, match by hand),
 * apply and revert — each a task of the status area, so progress, cancel and errors show in one place
 * and a second click while one runs is refused.
 */
import { useCallback, useRef, useState } from "react";
import type {
  ApplyReceipt,
  DecisionAction,
  ReconcileOutcome,
  ReconcileSetup,
  ReconciliationService,
} from "../../../services/reconciliation";
import type { TaskHandle } from "../../state/status";
import { useStatus } from "../../state/status";

export interface RunState {
  readonly outcome: ReconcileOutcome | null;
  /** The setup has changed since the outcome was made: it must run again before Apply. */
  readonly stale: boolean;
  readonly receipt: ApplyReceipt | null;
  readonly busy: boolean;
  readonly run: (setup: ReconcileSetup) => Promise<void>;
  readonly decide: (action: DecisionAction) => Promise<void>;
  readonly apply: () => Promise<void>;
  readonly revert: () => Promise<void>;
  readonly showRow: (side: "left" | "right", row: number) => void;
}

/** Status keys: a run's counts and the Apply state each show once, as they are now. */
const COUNTS = "reconcile:counts";
const APPLIED = "reconcile:apply";
const IGNORED = "reconcile:ignored";

function countsOf(o: ReconcileOutcome): string {
  const sum = o.result.summary;
  return `${sum.confirmed.matches} confirmed, ${sum.suggested.matches} suggested, ${sum.unmatched.left.rows} + ${sum.unmatched.right.rows} open.`;
}

function progressOf(t: TaskHandle) {
  return {
    signal: t.signal,
    onProgress: (p: { phase: string; done: number; total: number }) => t.progress(p.done, p.total, p.phase),
  };
}

export function useReconcileRun(service: ReconciliationService, setup: ReconcileSetup | null): RunState {
  const live = useStatus();
  // The status value changes with every progress tick; the actions read it through a ref so they keep
  // their identity and the results below do not re-render while a task runs.
  const statusRef = useRef(live);
  statusRef.current = live;
  const [outcome, setOutcome] = useState<ReconcileOutcome | null>(null);
  const [receipt, setReceipt] = useState<ApplyReceipt | null>(null);

  const run = useCallback(
    async (s: ReconcileSetup) => {
      const status = statusRef.current;
      await status.run("Reconcile", async (t) => {
        const o = await service.run(s, progressOf(t));
        setOutcome(o);
        status.notify("success", "Reconciled", countsOf(o), COUNTS);
        o.notices.forEach((n, k) => status.notify("warning", "Saved settings ignored", n, `${IGNORED}:${k}`));
      });
    },
    [service],
  );

  const decide = useCallback(
    async (action: DecisionAction) => {
      if (!outcome) return;
      const status = statusRef.current;
      await status.run("Review", async (t) => {
        const o = await service.decide(outcome, action, progressOf(t));
        setOutcome(o);
        // The counts of the run before the decision are no longer true.
        status.notify("success", "Review saved", countsOf(o), COUNTS);
      });
    },
    [service, outcome],
  );

  const apply = useCallback(async () => {
    if (!outcome) return;
    const status = statusRef.current;
    await status.run("Apply", async (t) => {
      const r = await service.apply(outcome, progressOf(t));
      setReceipt(r);
      status.notify("success", "Applied", r.summary, APPLIED);
    });
  }, [service, outcome]);

  const revert = useCallback(async () => {
    if (!receipt) return;
    const status = statusRef.current;
    await status.run("Revert the reconciliation", async (t) => {
      const n = await service.revert(receipt, { signal: t.signal });
      setReceipt(null);
      status.notify(
        "success",
        "Reverted",
        `Took back ${n} change${n === 1 ? "" : "s"}: the workbook is as before Apply.`,
        APPLIED,
      );
    });
  }, [service, receipt]);

  const showRow = useCallback(
    (side: "left" | "right", row: number) => {
      if (!outcome) return;
      service
        .showRow(outcome, side, row)
        .catch((e: unknown) =>
          statusRef.current.notify(
            "error",
            "Could not select the row",
            e instanceof Error ? e.message : String(e),
          ),
        );
    },
    [service, outcome],
  );

  return {
    outcome,
    stale: outcome !== null && setup !== null && outcome.setup !== setup,
    // An Apply reverted change by change from the status area is no longer there to revert.
    receipt: receipt !== null && service.applied(receipt) ? receipt : null,
    busy: live.task !== null,
    run,
    decide,
    apply,
    revert,
    showRow,
  };
}
