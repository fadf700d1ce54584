/**
 * `not_allowed`: a value outside the column's allowed list. Text compares ignoring case unless the rule is
 * case-sensitive; numbers, amounts and dates compare by value (allowed [0, 1] matches "1.00").
 */
import { describeCell, type Cell } from "../../cell";
import type { Issue } from "../../issues";
import { KeyLookup, TextKeys } from "../keys";
import { isNumericType, parseNumericCell } from "../parseCell";
import type { Check, ColumnValues, RuleRun } from "../types";
import { columnRun, countOk } from "./ruleRun";

function numericAllowed(
  cv: ColumnValues,
  allowed: readonly (string | number | boolean)[],
  decimals: number,
): Set<number> {
  const out = new Set<number>();
  const type = cv.col.type;
  if (!isNumericType(type)) return out;
  for (const v of allowed) {
    const x = parseNumericCell(v as Cell, type, {
      dateSystem: 1900,
      dateOrder: "YMD",
      decimals,
      currency: undefined,
      separator: undefined,
    });
    if (x === x) out.add(x);
  }
  return out;
}

function runAllowed(cv: ColumnValues, cells: readonly Cell[]): RuleRun | undefined {
  const allowed = cv.col.rule.allowed;
  if (allowed === undefined) return undefined;
  const issues: Issue[] = [];
  const listing = allowed.map((v) => String(v)).join(", ");
  const num = cv.num;
  if (num !== undefined) {
    const sets = new Map<number, Set<number>>();
    const setFor = (d: number): Set<number> => {
      let s = sets.get(d);
      if (s === undefined) sets.set(d, (s = numericAllowed(cv, allowed, d)));
      return s;
    };
    for (let i = 0; i < num.length; i++) {
      const x = num[i] as number;
      if (x !== x) continue;
      const d = cv.rowDecimals === undefined ? cv.decimals : (cv.rowDecimals[i] as number);
      if (!setFor(d).has(x))
        issues.push(cv.issues.at(i, "not_allowed", { allowed: listing }, describeCell(cells[i] ?? null)));
    }
  } else {
    const caseSensitive = cv.col.rule.caseSensitive === true;
    const lookup = new KeyLookup(
      new TextKeys(
        allowed.map((v) => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v))),
        caseSensitive,
      ),
    );
    const probe = new TextKeys([""], caseSensitive);
    const probeValues = probe.values as (string | null)[];
    const isAllowed = (s: string): boolean => {
      probeValues[0] = s;
      return lookup.find(probe, 0) >= 0;
    };
    for (let i = 0; i < cv.status.length; i++) {
      const t = cv.text?.[i];
      const items = cv.items?.[i];
      const bad =
        t !== undefined && t !== null
          ? !isAllowed(t)
          : items !== undefined && items !== null && !items.every(isAllowed);
      if (bad)
        issues.push(cv.issues.at(i, "not_allowed", { allowed: listing }, describeCell(cells[i] ?? null)));
    }
  }
  return columnRun(cv, "allowed", "not_allowed", countOk(cv), issues);
}

export const checkAllowed: Check = (ctx) => {
  const runs: RuleRun[] = [];
  for (const cv of ctx.columns) {
    const run = runAllowed(cv, ctx.table.columns[cv.col.index] ?? []);
    if (run !== undefined) runs.push(run);
  }
  return runs;
};
