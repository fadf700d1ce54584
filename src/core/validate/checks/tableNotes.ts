/**
 * What the reader noted about the source (hazard 6 and ragged text files): hidden or filtered rows are
 * checked and said so (`row_hidden`, info), a totals row left out is said so, merged areas are warned
 * about, and lines with extra or missing values are errors. Notes (info) never count as failures. The findings come from core/tableShape; this
 * check groups them into one rule run per code.
 */
import type { Issue, IssueCode } from "../../issues";
import { layoutIssues } from "../../tableShape";
import type { Check, RuleRun } from "../types";

const RULES: Readonly<Partial<Record<IssueCode, { rule: string; counts: "rows" | "issues" | "none" }>>> = {
  row_hidden: { rule: "hidden rows", counts: "none" },
  totals_row_excluded: { rule: "totals row", counts: "none" },
  merged_cells: { rule: "merged cells", counts: "issues" },
  extra_cell: { rule: "extra values", counts: "rows" },
  missing_cell: { rule: "missing values", counts: "rows" },
  text_encoding_guessed: { rule: "text encoding", counts: "issues" },
};

export const checkTableNotes: Check = (ctx) => {
  if (ctx.table.notes === undefined) return [];
  const byCode = new Map<IssueCode, Issue[]>();
  for (const issue of layoutIssues(ctx.table)) {
    const code = issue.code as IssueCode;
    const list = byCode.get(code) ?? [];
    list.push(issue);
    byCode.set(code, list);
  }
  const runs: RuleRun[] = [];
  for (const [code, issues] of byCode) {
    const spec = RULES[code] ?? { rule: code, counts: "issues" as const };
    const failedRows = new Set(issues.map((i) => i.row)).size;
    // A note says what the reader did with the source (headers found below a bank's own lines): no failure.
    const notes = issues.every((i) => i.severity === "info");
    runs.push({
      rule: spec.rule,
      code,
      checked:
        code === "totals_row_excluded" || code === "text_encoding_guessed"
          ? 1
          : code === "merged_cells"
            ? issues.length
            : ctx.table.rows.length,
      failed: spec.counts === "none" || notes ? 0 : spec.counts === "rows" ? failedRows : issues.length,
      issues,
    });
  }
  return runs;
};
