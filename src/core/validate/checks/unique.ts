/** `unique`: a value repeated in a column whose values must not repeat; each repeat names the first row. */
import { describeCell } from "../../cell";
import type { Issue } from "../../issues";
import { firstOccurrences } from "../rowIndex";
import type { Check, RuleRun } from "../types";
import { columnKeys } from "./columnKeys";
import { columnRun, countOk } from "./ruleRun";

export const checkUnique: Check = (ctx) => {
  const runs: RuleRun[] = [];
  for (const cv of ctx.columns) {
    if (cv.col.rule.unique !== true) continue;
    const first = firstOccurrences(columnKeys(cv));
    const issues: Issue[] = [];
    const cells = ctx.table.columns[cv.col.index] ?? [];
    for (let i = 0; i < first.length; i++) {
      const f = first[i] as number;
      if (f >= 0 && f !== i)
        issues.push(
          cv.issues.at(i, "unique", { first: ctx.table.rows[f] as number }, describeCell(cells[i] ?? null)),
        );
    }
    runs.push(columnRun(cv, "unique", "unique", countOk(cv), issues));
  }
  return runs;
};
