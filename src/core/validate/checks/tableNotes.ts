/**
 * What the reader noted about the source range (hazard 6): hidden or filtered rows are checked and said
 * so (`row_hidden`, info), a totals row left out is said so, merged areas are warned about.
 */
import type { Issue } from "../../issues";
import { makeIssue } from "../../issues";
import type { Check, RuleRun } from "../types";

export const checkTableNotes: Check = (ctx) => {
  const notes = ctx.table.notes;
  if (notes === undefined) return [];
  const at = { sheet: ctx.table.sheet, table: ctx.table.name };
  const runs: RuleRun[] = [];
  const hidden: Issue[] = (notes.hiddenRows ?? []).map((row) => makeIssue("row_hidden", { ...at, row }, {}));
  if (hidden.length > 0)
    runs.push({
      rule: "hidden rows",
      code: "row_hidden",
      checked: ctx.table.rows.length,
      failed: 0,
      issues: hidden,
    });
  if (notes.totalsRow !== undefined)
    runs.push({
      rule: "totals row",
      code: "totals_row_excluded",
      checked: 1,
      failed: 0,
      issues: [makeIssue("totals_row_excluded", { ...at, row: notes.totalsRow }, {})],
    });
  const merged = (notes.mergedAreas ?? []).map((area) => makeIssue("merged_cells", at, { area }));
  if (merged.length > 0)
    runs.push({
      rule: "merged cells",
      code: "merged_cells",
      checked: merged.length,
      failed: merged.length,
      issues: merged,
    });
  return runs;
};
