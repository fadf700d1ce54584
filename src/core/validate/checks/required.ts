/** `required`: a blank cell (or a missing-value token) in a required column. Blank rows are left to row_blank. */
import type { Issue } from "../../issues";
import { ColumnIssues } from "../issueAt";
import { BLANK, type Check, type RuleRun } from "../types";
import { columnRun } from "./ruleRun";

export const checkRequired: Check = (ctx) => {
  const runs: RuleRun[] = [];
  for (const cv of ctx.columns) {
    if (cv.col.rule.required !== true) continue;
    const issues: Issue[] = [];
    const cells = ctx.table.columns[cv.col.index] ?? [];
    const text = ColumnIssues.text("required", {});
    const report = (i: number): void => {
      if (ctx.blankRow[i] === 1) return;
      // A missing-value token ("N/A") is shown as typed; a blank as (blank).
      const cell = cells[i];
      const shown = typeof cell === "string" && cell.trim() !== "" ? `"${cell.trim()}"` : "(blank)";
      issues.push(cv.issues.atText(i, "required", text, shown));
    };
    const blanks = cv.blanks;
    if (blanks !== undefined) for (const i of blanks) report(i);
    else for (let i = 0; i < cv.status.length; i++) if (cv.status[i] === BLANK) report(i);
    runs.push(columnRun(cv, "required", "required", ctx.activeRecords, issues));
  }
  return runs;
};
