/**
 * `row_rule`: the user's comparisons between two columns of a record, or a column and a fixed value
 * ("Due date >= Issue date", "Paid <= Amount", "Discount < 0.3"). A record where either side is blank or
 * not of its type is not checked: `required` and the type check report those cells.
 */
import type { Issue } from "../../issues";
import { tableIssue } from "../issueAt";
import type { RowRule } from "../ruleSet";
import { showValue } from "../show";
import type { Check, CheckContext, RuleRun } from "../types";
import { comparable, comparer, holds, valueComparer } from "./compare";

function runRowRule(ctx: CheckContext, r: RowRule): RuleRun {
  const right = r.right ?? JSON.stringify(r.value);
  const id = r.name ?? `${r.left} ${r.op} ${right}`;
  const fail = (reason: string): RuleRun => ({
    rule: id,
    code: "rule_invalid",
    checked: 0,
    failed: 1,
    issues: [tableIssue(ctx.table, "rule_invalid", { rule: `"${id}"`, reason })],
  });
  const a = ctx.column(r.left);
  if (a === undefined) return fail(`the table has no column "${r.left}"`);
  const b = r.right === undefined ? undefined : ctx.column(r.right);
  if (r.right !== undefined && b === undefined) return fail(`the table has no column "${r.right}"`);
  if (b !== undefined && !comparable(a, b))
    return fail(
      `"${a.col.header}" holds ${a.col.type} values and "${b.col.header}" ${b.col.type} values, which do not compare`,
    );
  const cmp = b === undefined ? valueComparer(a, r.value as number | string | boolean) : comparer(a, b);
  if (cmp === undefined)
    return fail(`the value ${JSON.stringify(r.value)} cannot be compared with ${a.col.type} values`);
  const cells = ctx.table.columns[a.col.index] ?? [];
  const issues: Issue[] = [];
  let checked = 0;
  for (let i = 0; i < a.status.length; i++) {
    const c = cmp(i);
    if (c === undefined) continue;
    checked++;
    if (!holds(c, r.op)) {
      const left = showValue(a, i, cells);
      const rightShown = b === undefined ? String(r.value) : showValue(b, i);
      issues.push(a.issues.at(i, "row_rule", { rule: `"${id}"`, left, right: rightShown }, left, r.severity));
    }
  }
  return {
    rule: id,
    code: "row_rule",
    column: a.col.header,
    checked,
    failed: issues.length,
    issues,
    ...(r.severity === undefined ? {} : { severity: r.severity }),
  };
}

export const checkRowRules: Check = (ctx) => (ctx.rules.rowRules ?? []).map((r) => runRowRule(ctx, r));
