/**
 * Row keys of a side: what match ids and saved decisions are made of, so they must be unique and stable.
 */
import { makeIssue, type Issue } from "../issues";
import type { TableData } from "../table";

/**
 * Row keys: "Table!row" by default; with keyBy "id", "Table#id" so decisions survive sorting. A blank or
 * repeated id falls back to the row key and is reported, since two rows cannot share a key.
 */
export function makeKeys(
  table: TableData,
  rows: readonly number[],
  ids: readonly string[] | null,
  idHeader: string,
  issues: Issue[],
): string[] {
  const byRow = rows.map((r) => `${table.name}!${r}`);
  if (ids === null) return byRow;
  const first = new Map<string, number>();
  return rows.map((row, k) => {
    const id = ids[k] as string;
    const at = { sheet: table.sheet, table: table.name, row, column: idHeader };
    if (id === "") {
      issues.push(makeIssue("key_blank", at, { columns: idHeader }, { severity: "warning" }));
      return byRow[k] as string;
    }
    const seen = first.get(id);
    if (seen !== undefined) {
      issues.push(
        makeIssue("duplicate_key", at, { columns: idHeader, key: id, first: seen }, { severity: "warning" }),
      );
      return byRow[k] as string;
    }
    first.set(id, row);
    return `${table.name}#${id}`;
  });
}
