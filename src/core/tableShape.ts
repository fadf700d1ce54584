/**
 * Findings about a table's shape, independent of what it holds: blank and duplicate headers, merged
 * cells, hidden or filtered rows, a totals row left out (hazards 5 and 6), and lines of a text file with
 * extra or missing values. Reported once each, located at their cells.
 */
import { makeIssue, type Issue } from "./issues";
import { columnLetter, type TableData } from "./table";

/** Blank headers and headers repeated (case-insensitively), located at their header cells. */
export function headerIssues(
  table: Pick<TableData, "headers" | "sheet" | "name" | "headerRow"> & { readonly firstColumn?: number },
): Issue[] {
  const issues: Issue[] = [];
  const at = { sheet: table.sheet, table: table.name, row: table.headerRow };
  const address = (c: number) => `${columnLetter((table.firstColumn ?? 0) + c)}${table.headerRow}`;
  const firstByHeader = new Map<string, number>();
  table.headers.forEach((h, c) => {
    const text = h.trim();
    if (text === "") {
      issues.push(makeIssue("header_blank", { ...at, address: address(c) }, { position: c + 1 }));
      return;
    }
    const key = text.toLowerCase();
    const first = firstByHeader.get(key);
    if (first === undefined) {
      firstByHeader.set(key, c);
      return;
    }
    const loc = { ...at, column: text, address: address(c) };
    issues.push(makeIssue("header_duplicate", loc, { header: text, first: first + 1 }));
  });
  return issues;
}

/** Lines of a text source with too many or too few values: one issue per extra or missing cell. */
export function raggedRowIssues(table: TableData): Issue[] {
  const issues: Issue[] = [];
  const width = table.headers.length;
  const address = (position: number, row: number) =>
    `${columnLetter(table.firstColumn + position - 1)}${row}`;
  for (const { row, cells } of table.notes?.raggedRows ?? []) {
    const at = { sheet: table.sheet, table: table.name, row };
    for (let p = width + 1; p <= cells; p++) {
      issues.push(
        makeIssue("extra_cell", { ...at, address: address(p, row) }, { position: p, columns: width }),
      );
    }
    for (let p = cells + 1; p <= width; p++) {
      const loc = { ...at, column: table.headers[p - 1] ?? "", address: address(p, row) };
      issues.push(makeIssue("missing_cell", loc, { cells, columns: width }));
    }
  }
  return issues;
}

/** A text source read in an encoding nothing in it named, located at the table. */
export function encodingIssue(table: Pick<TableData, "sheet" | "name">, encoding: string): Issue {
  const name = encoding === "windows-1252" ? "Windows-1252" : encoding;
  return makeIssue("text_encoding_guessed", { sheet: table.sheet, table: table.name }, { encoding: name });
}

/**
 * Merged areas, hidden rows, an excluded totals row, ragged lines and a guessed text encoding, from the
 * notes the reader attached.
 */
export function layoutIssues(table: TableData): Issue[] {
  const issues: Issue[] = [];
  const at = { sheet: table.sheet, table: table.name };
  for (const area of table.notes?.mergedAreas ?? []) issues.push(makeIssue("merged_cells", at, { area }));
  for (const row of table.notes?.hiddenRows ?? []) issues.push(makeIssue("row_hidden", { ...at, row }, {}));
  if (table.notes?.totalsRow !== undefined) {
    issues.push(makeIssue("totals_row_excluded", { ...at, row: table.notes.totalsRow }, {}));
  }
  issues.push(...raggedRowIssues(table));
  const encoding = table.notes?.guessedEncoding;
  if (encoding !== undefined) issues.push(encodingIssue(table, encoding));
  issues.push(...(table.notes?.sourceIssues ?? []));
  return issues;
}

export function tableShapeIssues(table: TableData): Issue[] {
  const issues = [...headerIssues(table), ...layoutIssues(table)];
  if (table.rows.length === 0)
    issues.push(makeIssue("table_empty", { sheet: table.sheet, table: table.name }, {}));
  return issues;
}
