/**
 * `minimum` / `maximum`: inclusive bounds on numbers, amounts, quantities and dates. Amount bounds are in
 * the column's unit (0.01) and compared exactly in minor units at each record's decimals.
 */
import { describeCell } from "../../cell";
import { dayFromIso } from "../../dates";
import { roundScaled } from "../../money";
import type { FieldType } from "../fieldTypes";
import { ColumnIssues } from "../issueAt";
import type { CellRule, CellRuleFactory } from "./types";

/** The bound in the units the column's values are held in, or undefined when it cannot be read. */
export function boundIn(type: FieldType, bound: number | string, decimals: number): number | undefined {
  switch (type) {
    case "date":
    case "datetime": {
      const day = typeof bound === "string" ? dayFromIso(bound) : null;
      if (day === null) return undefined;
      return type === "date" ? day : day * 1440;
    }
    case "amount":
    case "quantity":
      return typeof bound === "number" ? roundScaled(bound, decimals) : undefined;
    default:
      return typeof bound === "number" ? bound : undefined;
  }
}

function boundRule(which: "min" | "max"): CellRuleFactory {
  return (col, setup) => {
    const bound = col.rule[which];
    if (bound === undefined) return undefined;
    const code = which === "min" ? "minimum" : "maximum";
    const rowDecimals = setup.rowDecimals;
    const fixed = boundIn(col.type, bound, setup.settings.decimals);
    const byDecimals: (number | undefined)[] = [];
    const limitAt = (i: number): number | undefined => {
      if (rowDecimals === undefined) return fixed;
      const d = rowDecimals[i] as number;
      if (!(d in byDecimals)) byDecimals[d] = boundIn(col.type, bound, d);
      return byDecimals[d];
    };
    const text = ColumnIssues.text(code, { limit: String(bound) });
    const rule: CellRule = {
      what: which,
      code,
      num:
        which === "min"
          ? (x, i) => {
              const l = limitAt(i);
              return l === undefined || x >= l;
            }
          : (x, i) => {
              const l = limitAt(i);
              return l === undefined || x <= l;
            },
      issue: (issues, i, cell) => issues.atText(i, code, text, describeCell(cell)),
    };
    return rule;
  };
}

export const minimumRule = boundRule("min");
export const maximumRule = boundRule("max");
