/**
 * A kind's own comparison of two fields of a record, with its own code and wording: due >= issue,
 * paid <= amount, end > start. Records where either value is missing or bad are not checked.
 */
import type { Issue } from "../../issues";
import { comparer, holds, type Op } from "../checks/compare";
import { showValue } from "../show";
import type { Check } from "../types";

type OrderCode = "due_before_issue" | "paid_exceeds_amount" | "end_before_start";

export function fieldOrder(
  leftField: string,
  op: Op,
  rightField: string,
  code: OrderCode,
  params: (left: string, right: string) => Record<string, string>,
): Check {
  return (ctx) => {
    const a = ctx.field(leftField);
    const b = ctx.field(rightField);
    if (a === undefined || b === undefined) return [];
    const issues: Issue[] = [];
    let checked = 0;
    const compare = comparer(a, b);
    for (let i = 0; i < a.status.length; i++) {
      const cmp = compare(i);
      if (cmp === undefined) continue;
      checked++;
      if (!holds(cmp, op)) {
        const left = showValue(a, i);
        issues.push(a.issues.at(i, code, params(left, showValue(b, i)) as never, left));
      }
    }
    return [{ rule: code, code, column: a.col.header, checked, failed: issues.length, issues }];
  };
}
