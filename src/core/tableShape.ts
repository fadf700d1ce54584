/**
 * Findings about a table's shape, independent of what it holds: blank and duplicate headers, merged
 * cells, hidden or filtered rows, and a totals row left out (hazards 5 and 6). Reported once, located.
 */
import { makeIssue, type Issue } from "./issues";
import type { TableData } from "./table";

/** Blank headers and headers repeated (case-insensitively), located at the header row. */
export function headerIssues(table: Pick<TableData, "headers" | "sheet" | "name" | "headerRow">): Issue[] {
  const issues: Issue[] = [];
  const at = { sheet: table.sheet, table: table.name, row: table.headerRow };
  const firstByHeader = new Map<string, number>();
  table.headers.forEach((h, c) => {
    const text = h.trim();
    if (text === "") {
      issues.push(makeIssue("header_blank", at, { position: c + 1 }));
      return;
    }
    const key = text.toLowerCase();
    const first = firstByHeader.get(key);
    if (first === undefined) firstByHeader.set(key, c);
    else
      issues.push(makeIssue("header_duplicate", { ...at, column: text }, { header: text, first: first + 1 }));
  });
  return issues;
}

/** Merged areas, hidden rows and an excluded totals row, from the notes the reader attached. */
export function layoutIssues(table: TableData): Issue[] {
  const issues: Issue[] = [];
  const at = { sheet: table.sheet, table: table.name };
  for (const area of table.notes?.mergedAreas ?? []) issues.push(makeIssue("merged_cells", at, { area }));
  for (const row of table.notes?.hiddenRows ?? []) issues.push(makeIssue("row_hidden", { ...at, row }, {}));
  if (table.notes?.totalsRow !== undefined) {
    issues.push(makeIssue("totals_row_excluded", { ...at, row: table.notes.totalsRow }, {}));
  }
  return issues;
}

export function tableShapeIssues(table: TableData): Issue[] {
  const issues = [...headerIssues(table), ...layoutIssues(table)];
  if (table.rows.length === 0)
    issues.push(makeIssue("table_empty", { sheet: table.sheet, table: table.name }, {}));
  return issues;
}
