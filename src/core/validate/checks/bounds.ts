/**
 * `minimum` / `maximum`: inclusive bounds on numbers, amounts, quantities and dates. Amount bounds are in
 * the column's unit (0.01) and compared exactly in minor units at each record's decimals.
 */
import { describeCell, type Cell } from "../../cell";
import { dayFromIso } from "../../dates";
import type { Issue } from "../../issues";
import { roundScaled } from "../../money";
import type { Check, ColumnValues, RuleRun } from "../types";
import { countOk, columnRun } from "./ruleRun";

/** The bound in the units of `num` for a record with `decimals`, or undefined when it cannot be read. */
function boundIn(cv: ColumnValues, bound: number | string, decimals: number): number | undefined {
  switch (cv.col.type) {
    case "date":
    case "datetime": {
      const day = typeof bound === "string" ? dayFromIso(bound) : null;
      if (day === null) return undefined;
      return cv.col.type === "date" ? day : day * 1440;
    }
    case "amount":
    case "quantity":
      return typeof bound === "number" ? roundScaled(bound, decimals) : undefined;
    default:
      return typeof bound === "number" ? bound : undefined;
  }
}

function runBound(cv: ColumnValues, which: "min" | "max", cells: readonly Cell[]): RuleRun | undefined {
  const bound = cv.col.rule[which];
  const num = cv.num;
  if (bound === undefined || num === undefined) return undefined;
  const code = which === "min" ? "minimum" : "maximum";
  const issues: Issue[] = [];
  const byDecimals = new Map<number, number | undefined>();
  const limitFor = (d: number): number | undefined => {
    if (!byDecimals.has(d)) byDecimals.set(d, boundIn(cv, bound, d));
    return byDecimals.get(d);
  };
  const fixed = cv.rowDecimals === undefined ? limitFor(cv.decimals) : undefined;
  const shown = String(bound);
  for (let i = 0; i < num.length; i++) {
    const x = num[i] as number;
    if (x !== x) continue;
    const limit = cv.rowDecimals === undefined ? fixed : limitFor(cv.rowDecimals[i] as number);
    if (limit === undefined) continue;
    if (which === "min" ? x < limit : x > limit)
      issues.push(cv.issues.at(i, code, { limit: shown }, describeCell(cells[i] ?? null)));
  }
  return columnRun(cv, which, code, countOk(cv), issues);
}

export const checkBounds: Check = (ctx) => {
  const runs: RuleRun[] = [];
  for (const cv of ctx.columns) {
    for (const which of ["min", "max"] as const) {
      const run = runBound(cv, which, ctx.table.columns[cv.col.index] ?? []);
      if (run !== undefined) runs.push(run);
    }
  }
  return runs;
};
