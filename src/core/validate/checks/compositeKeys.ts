/**
 * Keys over several columns: `unique` combinations (rows with a blank part are skipped, as in SQL), the
 * kind's own (invoice number per party), and the primary key (present and not repeated).
 */
import type { Issue } from "../../issues";
import { tableIssue, rowIssue } from "../issueAt";
import { CompositeKeys } from "../keys";
import { firstOccurrences } from "../rowIndex";
import type { Check, CheckContext, ColumnValues, RuleRun } from "../types";
import { columnKeys } from "./columnKeys";

function columnsOf(
  ctx: CheckContext,
  names: readonly string[],
  rule: string,
  issues: Issue[],
): ColumnValues[] | undefined {
  const out: ColumnValues[] = [];
  for (const name of names) {
    const cv = ctx.column(name);
    if (cv === undefined) {
      issues.push(
        tableIssue(ctx.table, "rule_invalid", { rule, reason: `the table has no column "${name}"` }),
      );
      return undefined;
    }
    out.push(cv);
  }
  return out;
}

function runKey(ctx: CheckContext, names: readonly string[], primary: boolean, id: string): RuleRun[] {
  const setup: Issue[] = [];
  const cols = columnsOf(ctx, names, id, setup);
  if (cols === undefined)
    return [{ rule: id, code: "rule_invalid", checked: 0, failed: setup.length, issues: setup }];
  const keys = new CompositeKeys(cols.map(columnKeys), primary ? "all" : "any");
  const first = firstOccurrences(keys);
  const headers = `(${cols.map((c) => c.col.header).join(", ")})`;
  const issues: Issue[] = [];
  const blanks: Issue[] = [];
  let checked = 0;
  for (let i = 0; i < first.length; i++) {
    if (ctx.blankRow[i] === 1) continue;
    checked++;
    const f = first[i] as number;
    if (f < 0) {
      if (primary) blanks.push(rowIssue(ctx.table, i, "key_blank", { columns: headers }));
    } else if (f !== i) {
      issues.push(
        rowIssue(ctx.table, i, "duplicate_key", {
          columns: headers,
          key: keys.show(i),
          first: ctx.table.rows[f] as number,
        }),
      );
    }
  }
  const runs: RuleRun[] = [{ rule: id, code: "duplicate_key", checked, failed: issues.length, issues }];
  if (primary)
    runs.push({ rule: `${id}:blank`, code: "key_blank", checked, failed: blanks.length, issues: blanks });
  return runs;
}

export const checkCompositeKeys: Check = (ctx) => {
  const runs: RuleRun[] = [];
  for (const fields of ctx.kind?.uniqueFields ?? []) {
    // A kind key needs its first field (the number); the party narrows it when the table has one.
    if (ctx.field(fields[0] ?? "") === undefined) continue;
    const names = fields.flatMap((f) => ctx.field(f)?.col.header ?? []);
    runs.push(...runKey(ctx, names, false, `unique(${names.join(", ")})`));
  }
  for (const names of ctx.rules.unique ?? [])
    runs.push(...runKey(ctx, names, false, `unique(${names.join(", ")})`));
  const pk = ctx.rules.primaryKey;
  if (pk !== undefined) {
    const names = typeof pk === "string" ? [pk] : pk;
    runs.push(...runKey(ctx, names, true, `primaryKey(${names.join(", ")})`));
  }
  return runs;
};
