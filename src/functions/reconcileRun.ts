/**
 * One reconciliation of two ranges for =BO.MATCH and =BO.RECONCILE: the ranges read as tables, each side
 * read as the rules say (a side whose columns cannot be read is a #VALUE! saying why), rows without a
 * currency in the one currency the ranges name, then the engine. Runs over equal inputs are shared.
 */
import type { DateSystem } from "../core/dates";
import { parseReconcileConfig, reconcile, type ReconcileResult } from "../core/reconcile";
import {
  readInOneCurrency,
  readingByHeaders,
  readSide,
  sideEarlier,
  type SideEarlier,
  type SideReading,
  type SideRecords,
  type SplitTable,
} from "../core/reconcileInput";
import { invalidValue } from "./errors";
import { LastRun, type RunInputs } from "./lastRun";
import { rangeStart, tableOf, withoutTrailingBlanks } from "./ranges";
import { columnErrors, type SideKey } from "./sideIssues";

export interface Run {
  readonly left: SideRecords;
  readonly right: SideRecords;
  /** What an earlier Apply's result columns in each range held, and the rows it cleared elsewhere. */
  readonly earlier: { readonly left: SideEarlier | null; readonly right: SideEarlier | null };
  readonly result: ReconcileResult;
  /** The run's currency: the one the ranges name, else "" (none, or several). */
  readonly currency: string;
  /** Whether rows are Excel rows (parameter addresses known) or positions within the ranges. */
  readonly excelRows: boolean;
}

/** =BO.MATCH and =BO.RECONCILE over the same ranges in one recalculation share one run. */
export const sharedRuns = new LastRun<Run>();

export function run(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  leftTable: any[][],
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rightTable: any[][],
  rulesJson: unknown,
  invocation: CustomFunctions.Invocation | undefined,
  dateSystem: DateSystem,
): Run {
  const inputs: RunInputs = {
    // The blank rows a whole-column range brings are dropped first: they are neither counted against the
    // row limit nor compared cell by cell with the last run's.
    left: withoutTrailingBlanks(leftTable),
    right: withoutTrailingBlanks(rightTable),
    // An omitted optional argument comes as null or undefined: both are the default rules, as is "".
    rules: rulesJson === null || rulesJson === undefined ? "" : rulesJson,
    addresses: (invocation?.parameterAddresses ?? []).slice(0, 2),
    dateSystem,
  };
  return sharedRuns.get(inputs, () => runAfresh(inputs));
}

const NAMES: Record<SideKey, string> = { left: "leftTable", right: "rightTable" };

interface SideInput {
  readonly side: SideKey;
  readonly split: SplitTable;
  readonly reading: SideReading;
  readonly dateSystem: DateSystem;
  readonly cleared: Uint8Array | null;
}

function sideOf(input: SideInput, defaultCurrency: string): SideRecords {
  const { side, split, reading, dateSystem, cleared } = input;
  const read = readSide(split.table, { side, reading, dateSystem, defaultCurrency, cleared });
  const why = columnErrors(side, read, reading.columns);
  if (why !== null) throw invalidValue(`${NAMES[side]}: ${why}`);
  return read;
}

function runAfresh({ left: leftTable, right: rightTable, rules, addresses, dateSystem }: RunInputs): Run {
  const given = typeof rules === "string" && rules.trim() !== "";
  if (!given && rules !== "") throw invalidValue("rulesJson: give the rules as JSON text.");
  const parsed = parseReconcileConfig(given ? rules : {});
  if (!parsed.ok) throw invalidValue(`rulesJson: ${parsed.errors.join("; ")}`);
  const config = parsed.config;
  const tables = {
    left: tableOf(NAMES.left, leftTable, addresses[0]),
    right: tableOf(NAMES.right, rightTable, addresses[1]),
  };
  // Rows an earlier reconciliation cleared against another range take no part (a function sees ranges,
  // not tables: the match ids the ranges share tell which, see sideEarlier).
  const earlier = {
    left: sideEarlier(tables.left.earlier, tables.right.earlier, null),
    right: sideEarlier(tables.right.earlier, tables.left.earlier, null),
  };
  const inputs: Record<SideKey, SideInput> = {
    left: {
      side: "left",
      split: tables.left,
      // As the bank-ledger preset reads its sides, a register's money out and in columns by their names.
      reading: readingByHeaders("money", tables.left.table, { debitCredit: "debit-positive" }, config.left),
      dateSystem,
      cleared: earlier.left?.cleared ?? null,
    },
    right: {
      side: "right",
      split: tables.right,
      reading: readingByHeaders(
        "money",
        tables.right.table,
        { debitCredit: "credit-positive" },
        config.right,
      ),
      dateSystem,
      cleared: earlier.right?.cleared ?? null,
    },
  };
  // As the reconciliation service does: rows that name no currency take the one the ranges name.
  const { left, right, currency } = readInOneCurrency((side, c) => sideOf(inputs[side], c));
  const result = reconcile(left.set, right.set, config.rules, undefined, { currency });
  const excelRows = rangeStart(addresses[0]).row !== null;
  return { left, right, earlier, result, currency, excelRows };
}
