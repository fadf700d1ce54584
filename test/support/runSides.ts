/**
 * A reconciliation run through the service, as the pane and the command line make it: two tables read
 * as sides (with their reading, balances and rows cleared earlier) and the default bank-ledger rules,
 * no decisions yet.
 */
import { DEFAULT_RULES } from "../../src/core/reconcile";
import { readSide, type SideReading } from "../../src/core/reconcileInput";
import type { TableData } from "../../src/core/table";
import { runEngine, type ReconcileOutcome } from "../../src/services/reconciliation/runEngine";
import { EMPTY_DECISIONS } from "../../src/services/reconciliation/savedPair";
import type { BalanceSetup } from "../../src/services/reconciliation/setup";

export interface RunSide {
  readonly table: TableData;
  readonly reading?: SideReading;
  /** Not given ("none") unless said. */
  readonly balances?: BalanceSetup;
  /** Per table record, 1 where an earlier reconciliation cleared the row. */
  readonly cleared?: readonly number[];
}

export function runSides(left: RunSide, right: RunSide, currency = "EUR"): Promise<ReconcileOutcome> {
  const side = (s: "left" | "right", given: RunSide) => {
    const reading = given.reading ?? {};
    const t = given.table;
    return {
      records: readSide(t, {
        side: s,
        reading,
        dateSystem: 1900,
        defaultCurrency: currency,
        ...(given.cleared === undefined ? {} : { cleared: Uint8Array.from(given.cleared) }),
      }),
      setup: {
        ref: { table: t.name },
        name: t.name,
        reading,
        selection: null,
        balances: given.balances ?? { source: "none" as const },
      },
    };
  };
  const l = side("left", left);
  const r = side("right", right);
  return runEngine({
    setup: {
      preset: "bank-ledger",
      left: l.setup,
      right: r.setup,
      rules: DEFAULT_RULES,
      customRules: false,
      currency,
    },
    left: l.records,
    right: r.records,
    decisions: EMPTY_DECISIONS,
    dateSystem: 1900,
  });
}
