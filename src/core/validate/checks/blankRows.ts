/** `row_blank`: records with nothing in any column, reported once each instead of once per required cell. */
import type { Issue } from "../../issues";
import { rowIssue } from "../issueAt";
import type { Check } from "../types";

export const checkBlankRows: Check = (ctx) => {
  const issues: Issue[] = [];
  const { blankRow } = ctx;
  for (let i = 0; i < blankRow.length; i++)
    if (blankRow[i] === 1) issues.push(rowIssue(ctx.table, i, "row_blank", {}));
  return [{ rule: "blank rows", code: "row_blank", checked: blankRow.length, failed: issues.length, issues }];
};
