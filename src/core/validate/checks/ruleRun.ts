/** Builds the report of one column rule, carrying the user's `mostly` and severity along. */
import type { Issue, IssueCode } from "../../issues";
import type { ColumnValues, RuleRun } from "../types";

export function columnRun(
  cv: ColumnValues,
  what: string,
  code: IssueCode,
  checked: number,
  issues: Issue[],
): RuleRun {
  const { rule, header } = cv.col;
  return {
    rule: `${header}:${what}`,
    code,
    column: header,
    checked,
    failed: issues.length,
    issues,
    ...(rule.mostly === undefined ? {} : { mostly: rule.mostly }),
    ...(rule.severity === undefined ? {} : { severity: rule.severity }),
  };
}

/** Records of a column holding a value of its type (not blank, not bad, not in a blank row). */
export function countOk(cv: ColumnValues): number {
  let n = 0;
  const s = cv.status;
  for (let i = 0; i < s.length; i++) if (s[i] === 0) n++;
  return n;
}
