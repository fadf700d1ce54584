/** `required`: a blank cell (or a missing-value token) in a required column. Blank rows are left to row_blank. */
import type { Issue } from "../../issues";
import { BLANK, type Check, type RuleRun } from "../types";
import { columnRun } from "./ruleRun";

export const checkRequired: Check = (ctx) => {
  const runs: RuleRun[] = [];
  for (const cv of ctx.columns) {
    if (cv.col.rule.required !== true) continue;
    const issues: Issue[] = [];
    const { status } = cv;
    const cells = ctx.table.columns[cv.col.index] ?? [];
    for (let i = 0; i < status.length; i++) {
      if (status[i] !== BLANK || ctx.blankRow[i] === 1) continue;
      // A missing-value token ("N/A") is shown as typed; a blank as (blank).
      const cell = cells[i];
      const shown = typeof cell === "string" && cell.trim() !== "" ? `"${cell.trim()}"` : "(blank)";
      issues.push(cv.issues.at(i, "required", {}, shown));
    }
    runs.push(columnRun(cv, "required", "required", ctx.activeRecords, issues));
  }
  return runs;
};
