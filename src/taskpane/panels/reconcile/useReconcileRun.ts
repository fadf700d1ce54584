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
import { count, counted } from "./format";

export interface RunState {
  readonly outcome: ReconcileOutcome | null;
  /** The setup has changed since the outcome was made: it must run again before Apply. */
  readonly stale: boolean;
  /** The newest Apply still standing in the workbook: the one Revert takes back. */
  readonly receipt: ApplyReceipt | null;
  readonly busy: boolean;
  readonly run: (setup: ReconcileSetup) => Promise<void>;
  readonly decide: (action: DecisionAction) => Promise<void>;
  readonly apply: () => Promise<void>;
  readonly revert: () => Promise<void>;
  readonly showRow: (side: "left" | "right", row: number) => void;
}

/**
 * Status keys: a run's counts and the Apply state each show once, as they are now. A run or review that
 * is cancelled or fails says so under the counts' key, Apply and Revert under the Apply state's: the
 * newest outcome of each replaces the older one.
 */
const COUNTS = "reconcile:counts";
const APPLIED = "reconcile:apply";
const IGNORED = "reconcile:ignored";
const SHOW = "reconcile:show-row";

function countsOf(o: ReconcileOutcome): string {
  const sum = o.result.summary;
  return `${count(sum.confirmed.matches)} confirmed, ${count(sum.suggested.matches)} suggested, ${count(sum.unmatched.left.rows)} + ${count(sum.unmatched.right.rows)} open.`;
}

function tookBack(n: number, earlierStands: boolean): string {
  const changes = `Took back ${counted(n, "change", "changes")}`;
  return earlierStands
    ? `${changes}: the workbook is as after the earlier Apply; Revert apply again takes that back too.`
    : `${changes}: the workbook is as before Apply.`;
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
  // Every Apply of this pane, oldest first: Revert takes back the newest still standing, and an earlier
  // one may stand beneath it. Applies reverted change by change from the status area drop out by themselves.
  const [receipts, setReceipts] = useState<readonly ApplyReceipt[]>([]);
  const standing = receipts.filter((x) => service.applied(x));
  const newest = standing[standing.length - 1] ?? null;

  const run = useCallback(
    async (s: ReconcileSetup) => {
      const status = statusRef.current;
      await status.run(
        "Reconcile",
        async (t) => {
          const o = await service.run(s, progressOf(t));
          setOutcome(o);
          status.notify("success", "Reconciled", countsOf(o), COUNTS);
          o.notices.forEach((n, k) =>
            status.notify("warning", "Saved settings ignored", n, `${IGNORED}:${k}`),
          );
        },
        COUNTS,
      );
    },
    [service],
  );

  const decide = useCallback(
    async (action: DecisionAction) => {
      if (!outcome) return;
      const status = statusRef.current;
      await status.run(
        "Review",
        async (t) => {
          const o = await service.decide(outcome, action, progressOf(t));
          setOutcome(o);
          // The counts of the run before the decision are no longer true.
          status.notify("success", "Review saved", countsOf(o), COUNTS);
        },
        COUNTS,
      );
    },
    [service, outcome],
  );

  const apply = useCallback(async () => {
    if (!outcome) return;
    const status = statusRef.current;
    // Pruned before writing: once this Apply is the newest, one reverted earlier could pass for standing.
    const kept = receipts.filter((x) => service.applied(x));
    await status.run(
      "Apply",
      async (t) => {
        const r = await service.apply(outcome, progressOf(t));
        setReceipts([...kept, r]);
        status.notify("success", "Applied", r.summary, APPLIED);
      },
      APPLIED,
    );
  }, [service, outcome, receipts]);

  const revert = useCallback(async () => {
    const stands = receipts.filter((x) => service.applied(x));
    const last = stands[stands.length - 1];
    if (!last) return;
    const status = statusRef.current;
    await status.run(
      "Revert the reconciliation",
      async (t) => {
        const n = await service.revert(last, { signal: t.signal });
        const earlier = stands.slice(0, -1).filter((x) => service.applied(x));
        setReceipts(earlier);
        status.notify("success", "Reverted", tookBack(n, earlier.length > 0), APPLIED);
      },
      APPLIED,
    );
  }, [service, receipts]);

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
            SHOW,
          ),
        );
    },
    [service, outcome],
  );

  return {
    outcome,
    stale: outcome !== null && setup !== null && outcome.setup !== setup,
    receipt: newest,
    busy: live.task !== null,
    run,
    decide,
    apply,
    revert,
    showRow,
  };
}
